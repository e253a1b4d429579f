using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Domain;
using Xunit;

namespace OrganAffairs.Tests.Unit;

/// <summary>The hand-back of travel documents (F10) and the masking of their numbers, as pure rules.</summary>
public sealed class ForeignAffairsDocumentTests
{
    private static readonly DateOnly Returned = new(2027, 3, 5);

    [Theory]
    [InlineData("2027-03-12", 0)] // day 7: on time
    [InlineData("2027-03-13", 1)] // day 8: overdue
    [InlineData("2027-03-01", 0)]
    public void Documents_are_due_seven_calendar_days_after_the_return(string today, int daysOverdue) =>
        Assert.Equal(daysOverdue, HandBackRule.DaysOverdue(HandBackRule.National.CalendarDueOn(Returned), DateOnly.Parse(today)));

    [Fact]
    public void The_lock_applies_beyond_its_days_never_at_them_and_not_at_all_without_one()
    {
        var beijing = HandBackRule.National with { LockAfterDaysOverdue = 30 };
        Assert.False(beijing.Locks(30));
        Assert.True(beijing.Locks(31));
        Assert.False(HandBackRule.National.Locks(1000));
    }

    [Theory]
    [InlineData("E12345678", "E1****678")]
    [InlineData("G1234567890", "G1****890")]
    [InlineData("H12345", "H1****345")]
    [InlineData("A1234", "*****")]
    public void Numbers_are_masked_to_two_leading_and_three_trailing_characters(string number, string masked) =>
        Assert.Equal(masked, DocumentNumbers.Mask(number));

    [Theory]
    [InlineData("E12345678", true)]
    [InlineData("e12345678", false)]
    [InlineData("E1234", true)]
    [InlineData("E123", false)]
    [InlineData("E12-345678", false)]
    [InlineData("E1234567890123456789X", false)]
    public void Numbers_are_five_to_twenty_upper_case_letters_and_digits(string number, bool valid) =>
        Assert.Equal(valid, DocumentNumbers.IsValid(number));

    [Theory]
    [InlineData("1978-04-21", "19**-**-**")]
    [InlineData("2003-12-31", "20**-**-**")]
    public void Dates_of_birth_are_masked_to_the_first_two_digits_of_the_year(string date, string masked) =>
        Assert.Equal(masked, DatesOfBirth.Mask(DateOnly.Parse(date)));

    [Theory]
    [InlineData("1900-01-01", true)]
    [InlineData("1899-12-31", false)]
    [InlineData("2027-03-05", true)]   // today
    [InlineData("2027-03-06", false)]  // tomorrow
    public void Dates_of_birth_are_from_1900_to_today(string date, bool valid) =>
        Assert.Equal(valid, DatesOfBirth.IsValid(DateOnly.Parse(date), Returned));

    [Fact]
    public void A_hand_back_rule_has_1_to_90_days_and_a_lock_of_0_to_366_days()
    {
        Assert.True(new HandBackRule(1, false, 0).IsValid);
        Assert.True(new HandBackRule(90, true, 366).IsValid);
        Assert.True(HandBackRule.National.IsValid);
        Assert.False(new HandBackRule(0, false, null).IsValid);
        Assert.False(new HandBackRule(91, false, null).IsValid);
        Assert.False(new HandBackRule(7, false, -1).IsValid);
        Assert.False(new HandBackRule(7, false, 367).IsValid);
    }

    [Fact]
    public void The_nights_and_days_in_a_country_come_from_its_legs_and_the_whole_stay_when_it_has_none()
    {
        var departs = new DateOnly(2027, 5, 1);
        ItineraryLeg Leg(string country, int from, int to, bool transit = false, bool airside = false) =>
            new(country, departs.AddDays(from), departs.AddDays(to), transit, airside);
        IReadOnlyList<ItineraryLeg> legs = [Leg("FR", 0, 3), Leg("DE", 3, 6), Leg("AE", 6, 6, transit: true, airside: true), Leg("FR", 6, 7)];
        var returns = departs.AddDays(7);   // 8 days abroad, 7 nights
        Assert.Equal(4, ExpenseArithmetic.UnitsInCountry(ExpenseCategory.Lodging, legs, "FR", departs, returns));            // 3 + 1 nights
        Assert.Equal(6, ExpenseArithmetic.UnitsInCountry(ExpenseCategory.MealsAndIncidentals, legs, "FR", departs, returns)); // days 0–3 and 6–7
        Assert.Equal(3, ExpenseArithmetic.UnitsInCountry(ExpenseCategory.Lodging, legs, "DE", departs, returns));
        Assert.Equal(4, ExpenseArithmetic.UnitsInCountry(ExpenseCategory.MealsAndIncidentals, legs, "DE", departs, returns));
        // An airside transit is no stay: the country falls back to the whole stay like a country not on the itinerary.
        Assert.Equal(7, ExpenseArithmetic.UnitsInCountry(ExpenseCategory.Lodging, legs, "AE", departs, returns));
        Assert.Equal(8, ExpenseArithmetic.UnitsInCountry(ExpenseCategory.MealsAndIncidentals, legs, "JP", departs, returns));
        // The sum's limit: the line's unit price times the units in the country.
        Assert.Equal(360_000, ExpenseArithmetic.SumLimitFen(270_000, 3, 4));
    }
}
