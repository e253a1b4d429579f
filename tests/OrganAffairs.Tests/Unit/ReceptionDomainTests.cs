using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Domain;
using Xunit;

namespace OrganAffairs.Tests.Unit;

/// <summary>The Reception module's pure rules (R3, R7, R8, R6, R9).</summary>
public sealed class ReceptionDomainTests
{
    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 3)]
    [InlineData(10, 3)]
    [InlineData(11, 3)]
    [InlineData(12, 4)]
    [InlineData(14, 4)]
    [InlineData(15, 5)]
    [InlineData(100, 33)]
    public void Diners_are_three_up_to_ten_guests_then_a_third_rounded_down(int guests, int allowed) =>
        Assert.Equal(allowed, ReceptionRules.AllowedDiners(guests, smallGroupUpTo: 10, smallGroupMax: 3, guestsPerDiner: 3));

    [Fact]
    public void The_meal_limit_is_the_standard_times_persons_times_meals() =>
        Assert.Equal(60_000, ReceptionRules.MealLimitFen(10_000, 6, 1));

    [Fact]
    public void The_highest_rank_picks_the_standard_and_only_a_minister_gets_a_suite()
    {
        Assert.Equal(GuestRank.DepartmentBureau, ReceptionRules.HighestRank([GuestRank.Other, GuestRank.DepartmentBureau, GuestRank.CountyDivision]));
        Assert.Equal(GuestRank.Other, ReceptionRules.HighestRank([]));
        Assert.False(ReceptionRules.SuiteAllowed([GuestRank.DepartmentBureau]));
        Assert.True(ReceptionRules.SuiteAllowed([GuestRank.Other, GuestRank.ProvincialMinisterial]));
    }

    [Fact]
    public void Cash_meetings_and_training_are_refused_and_guest_fees_are_no_spending()
    {
        Assert.False(CostRules.IsAllowedPayment(ReceptionPaymentMethod.Cash));
        Assert.True(CostRules.IsAllowedPayment(ReceptionPaymentMethod.BankTransfer));
        Assert.True(CostRules.IsDisguised(ReceptionCostCategory.Training));
        Assert.False(CostRules.IsDisguised(ReceptionCostCategory.Meals));
        Assert.True(CostRules.IsGuestFee(ReceptionCostCategory.GuestTransportFee));
    }

    [Fact]
    public void Stored_lists_round_trip() =>
        Assert.Equal([ReceptionItem.Meal, ReceptionItem.Alcohol], ReceptionRules.Split<ReceptionItem>(ReceptionRules.Join([ReceptionItem.Meal, ReceptionItem.Alcohol, ReceptionItem.Meal])));
}
