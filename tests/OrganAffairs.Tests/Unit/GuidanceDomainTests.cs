using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Guidance.Domain;
using Xunit;

namespace OrganAffairs.Tests.Unit;

public sealed class GuidanceDomainTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    [Theory]
    [InlineData(RuleDocumentStatus.Draft, false, false)]
    [InlineData(RuleDocumentStatus.Consultation, false, false)]
    [InlineData(RuleDocumentStatus.Published, true, false)]
    [InlineData(RuleDocumentStatus.InForce, true, true)]
    [InlineData(RuleDocumentStatus.Expired, true, true)]
    [InlineData(RuleDocumentStatus.Repealed, true, true)]
    [InlineData(RuleDocumentStatus.Superseded, true, true)]
    public void Each_status_needs_its_dates(RuleDocumentStatus status, bool published, bool effective)
    {
        var none = RuleDocumentRules.Problems(status, null, null, null, null, null).Select(p => $"{p.Member}:{p.Problem}").ToList();
        Assert.Equal(published, none.Contains("publishedOn:Required"));
        Assert.Equal(published, none.Contains("documentNumber:Required"));
        Assert.Equal(effective, none.Contains("effectiveOn:Required"));
        var all = RuleDocumentRules.Problems(status, "文号", Day, Day, Day, Day.AddYears(5)).Select(p => $"{p.Member}:{p.Problem}").ToList();
        Assert.Equal(published ? [] : ["publishedOn:MustBeEmpty", "effectiveOn:MustBeEmpty"], all);
    }

    [Fact]
    public void Dates_on_the_same_day_are_in_order_and_one_day_back_is_not()
    {
        Assert.Empty(RuleDocumentRules.Problems(RuleDocumentStatus.InForce, "文号", Day, Day, Day, Day));
        Assert.Equal([("publishedOn", DocumentProblem.OutOfOrder)], RuleDocumentRules.Problems(RuleDocumentStatus.InForce, "文号", Day, Day.AddDays(-1), Day, Day));
        Assert.Equal([("effectiveOn", DocumentProblem.OutOfOrder)], RuleDocumentRules.Problems(RuleDocumentStatus.InForce, "文号", null, Day, Day.AddDays(-1), null));
        Assert.Equal([("expiresOn", DocumentProblem.OutOfOrder)], RuleDocumentRules.Problems(RuleDocumentStatus.InForce, "文号", null, Day, Day, Day.AddDays(-1)));
    }
}
