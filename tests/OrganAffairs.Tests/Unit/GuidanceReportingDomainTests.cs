using System.Text.Json;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Guidance.Domain;
using Xunit;

namespace OrganAffairs.Tests.Unit;

/// <summary>The reporting cycles' pure rules: periods, lateness on business dates, the form schema's limits and sums.</summary>
public sealed class GuidanceReportingDomainTests
{
    private static readonly DateOnly Due = new(2026, 6, 5);

    [Theory]
    [InlineData(ReportPeriodKind.Year, 2026, null, null, "2026", "2026-01-01", "2026-12-31")]
    [InlineData(ReportPeriodKind.Quarter, 2026, 1, null, "2026-Q1", "2026-01-01", "2026-03-31")]
    [InlineData(ReportPeriodKind.Quarter, 2028, 4, null, "2028-Q4", "2028-10-01", "2028-12-31")]
    [InlineData(ReportPeriodKind.Month, 2028, null, 2, "2028-02", "2028-02-01", "2028-02-29")]
    [InlineData(ReportPeriodKind.Month, 2026, null, 12, "2026-12", "2026-12-01", "2026-12-31")]
    public void A_period_has_its_first_and_last_day_and_label(ReportPeriodKind kind, int year, int? quarter, int? month, string label, string start, string end)
    {
        var period = ReportPeriod.Of(kind, year, quarter, month);
        Assert.NotNull(period);
        Assert.Equal((label, DateOnly.Parse(start), DateOnly.Parse(end)), (period.Label, period.Start, period.End));
    }

    [Theory]
    [InlineData(ReportPeriodKind.Year, 2026, 1, null)]
    [InlineData(ReportPeriodKind.Quarter, 2026, null, null)]
    [InlineData(ReportPeriodKind.Quarter, 2026, 5, null)]
    [InlineData(ReportPeriodKind.Quarter, 2026, 0, null)]
    [InlineData(ReportPeriodKind.Month, 2026, null, 13)]
    [InlineData(ReportPeriodKind.Month, 2026, 1, 1)]
    [InlineData(ReportPeriodKind.Year, 1999, null, null)]
    public void A_period_that_does_not_fit_its_kind_is_refused(ReportPeriodKind kind, int year, int? quarter, int? month) =>
        Assert.Null(ReportPeriod.Of(kind, year, quarter, month));

    [Fact]
    public void On_the_due_date_is_on_time_and_the_day_after_is_late()
    {
        Assert.False(SubmissionTiming.IsLate(Due, Due));
        Assert.True(SubmissionTiming.IsLate(Due.AddDays(1), Due));
        Assert.False(SubmissionTiming.IsLate(null, Due));
        Assert.False(SubmissionTiming.IsOverdue(ReportSubmissionStatus.Draft, Due, Due));
        Assert.True(SubmissionTiming.IsOverdue(ReportSubmissionStatus.Draft, Due, Due.AddDays(1)));
        Assert.True(SubmissionTiming.IsOverdue(ReportSubmissionStatus.Returned, Due, Due.AddDays(1)));
        Assert.False(SubmissionTiming.IsOverdue(ReportSubmissionStatus.Submitted, Due, Due.AddDays(1)));
        Assert.Equal(ReportSubmissionStatus.Resubmitted, SubmissionTiming.OnSubmit(ReportSubmissionStatus.Returned));
        Assert.Null(SubmissionTiming.OnSubmit(ReportSubmissionStatus.Accepted));
    }

    [Theory]
    [InlineData("""{"type":"object","properties":{"a":{"$ref":"#/definitions/n"}},"definitions":{"n":{"type":"number"}}}""", true)]
    [InlineData("""{"properties":{"a":{"type":"number"}}}""", true)]
    [InlineData("""{"type":"object","properties":{"a":{"$ref":"https://example.org/x.json"}}}""", false)]
    [InlineData("""{"$id":"https://example.org/x.json","type":"object"}""", false)]
    [InlineData("""{"type":"array"}""", false)]
    [InlineData("""[1]""", false)]
    public void Only_object_schemas_with_local_references_are_accepted(string schema, bool accepted) =>
        Assert.Equal(accepted, ReportForms.IsAcceptableSchema(JsonDocument.Parse(schema).RootElement));

    [Fact]
    public void Numeric_fields_are_summed_exactly_in_the_schemas_order()
    {
        const string schema = """{"type":"object","properties":{"b":{"type":"integer"},"t":{"type":"string"},"a":{"type":"number"}}}""";
        var fields = ReportForms.NumericFields(schema);
        Assert.Equal(["b", "a"], fields);
        var rows = new[] { ReportForms.Values("""{"b":1,"a":0.1}""", fields), ReportForms.Values("""{"b":2,"a":0.2,"t":"x"}""", fields), ReportForms.Values("""{"a":"x"}""", fields) };
        Assert.Equal([("b", 3m), ("a", 0.3m)], ReportForms.Totals(fields, rows));
    }
}
