using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Logistics.Domain;
using Xunit;

namespace OrganAffairs.Tests.Unit;

/// <summary>Contract terms (L2) at their boundaries, the providers' assessment numbers, and booking add-ons as service orders.</summary>
public sealed class LogisticsContractDomainTests
{
    private static readonly ContractTermValue National = new(1, 3);
    private static readonly DateOnly Start = new(2027, 1, 1);

    [Theory]
    [InlineData("2027-12-31", null, "Normal")]
    [InlineData("2027-01-01", null, "Normal")]
    [InlineData("2028-01-01", null, "ReasonRequired")]
    [InlineData("2028-01-01", "稳定服务", "LongWithReason")]
    [InlineData("2029-12-31", "稳定服务", "LongWithReason")]
    [InlineData("2030-01-01", "稳定服务", "TooLong")]
    [InlineData("2030-01-01", null, "TooLong")]
    public void A_term_is_judged_with_the_end_date_inclusive(string endsOn, string? reason, string expected) =>
        Assert.Equal(expected, ContractTerms.Judge(Start, DateOnly.Parse(endsOn, System.Globalization.CultureInfo.InvariantCulture), National, reason).ToString());

    [Theory]
    [InlineData(60, 40, "90.0", "4.00", "84.0")]   // 0.6 × 90 + 0.4 × 75
    [InlineData(100, 0, "90.0", null, "90.0")]     // satisfaction not weighed: not needed
    [InlineData(0, 100, null, "5.00", "100.0")]    // the top of the scale
    [InlineData(0, 100, null, "1.00", "0.0")]      // the bottom of the scale
    [InlineData(1, 99, null, "5.00", null)]        // a weighed part missing: no score
    [InlineData(50, 50, "100.0", null, null)]
    [InlineData(50, 50, "33.3", "2.33", "33.3")]   // 16.65 + 16.625 = 33.275 → 33.3
    public void The_score_weighs_attainment_and_the_rating_as_a_percentage(int sla, int satisfaction, string? attainment, string? rating, string? expected) =>
        Assert.Equal(expected is null ? null : decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            ProviderAssessment.Score(attainment is null ? null : decimal.Parse(attainment, System.Globalization.CultureInfo.InvariantCulture),
                rating is null ? null : decimal.Parse(rating, System.Globalization.CultureInfo.InvariantCulture), new AssessmentWeightsValue(sla, satisfaction)));

    [Fact]
    public void A_term_from_29_February_ends_the_day_before_its_anniversary() =>
        Assert.Equal(new DateOnly(2029, 2, 27), ContractTerms.LastDay(new DateOnly(2028, 2, 29), 1));

    [Fact]
    public void Attainment_counts_settled_or_breached_orders_with_a_clock_and_ratings_average_the_confirmed()
    {
        var n = ProviderAssessment.Of([
            (true, true, false, 5), (true, true, true, 3), (true, false, false, null), (true, false, true, null), (false, true, false, 4),
        ]);
        Assert.Equal(new AssessmentNumbers(5, 3, 2, 33.3m, 3, 4.00m), n);
        Assert.Equal(new AssessmentNumbers(0, 0, 0, null, 0, null), ProviderAssessment.Of([]));
    }

    [Fact]
    public void Add_ons_of_one_kind_become_one_order_and_catering_is_served_for_the_attendees_at_most()
    {
        var drafts = ServiceOrderRules.Drafts([
            new BookingAddOn(AddOnKind.Catering, 8, "午餐"), new BookingAddOn(AddOnKind.Tea, 5, "绿茶"), new BookingAddOn(AddOnKind.Catering, 4, null),
            new BookingAddOn(AddOnKind.Tea, 5, " 红茶 "),
        ], attendees: 10);
        Assert.Equal(
            [new ServiceOrderDraft(AddOnKind.Tea, 10, 10, "绿茶；红茶"), new ServiceOrderDraft(AddOnKind.Catering, 10, 12, "午餐")],
            drafts);
        Assert.Equal(10, ServiceOrderRules.Served(AddOnKind.Catering, 10, 10));
        Assert.Equal(10, ServiceOrderRules.Served(AddOnKind.Catering, 11, 10));
        Assert.Equal(11, ServiceOrderRules.Served(AddOnKind.Tea, 11, 10));
    }
}
