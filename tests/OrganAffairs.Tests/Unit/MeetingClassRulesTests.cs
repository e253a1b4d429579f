using OrganAffairs.Logistics.Domain;
using Xunit;

namespace OrganAffairs.Tests.Unit;

/// <summary>The meeting-class check (财行〔2016〕214号 shape): the attendee cap and budget ≤ attendees × days × daily cap, each just inside and just outside.</summary>
public sealed class MeetingClassRulesTests
{
    private static readonly MeetingClassValue ClassThree = new(55_000, 150);
    private static readonly MeetingClassValue ClassOne = new(76_000, null);

    [Theory]
    [InlineData(150, 1, 8_250_000, "Passes")] // exactly at both caps
    [InlineData(151, 1, 0, "OverAttendeeCap")]
    [InlineData(150, 1, 8_250_001, "OverBudgetCap")] // one fen over
    [InlineData(10, 2, 1_100_000, "Passes")]
    [InlineData(10, 2, 1_100_001, "OverBudgetCap")]
    [InlineData(200, 1, 0, "OverAttendeeCap")] // the attendee cap is checked first
    public void Class_three(int attendees, int days, long budgetFen, string expected) =>
        Assert.Equal(expected, MeetingClassRules.Check(ClassThree, attendees, days, budgetFen).ToString());

    [Fact]
    public void A_class_without_an_attendee_cap_checks_only_the_budget()
    {
        Assert.Equal(MeetingCheck.Passes, MeetingClassRules.Check(ClassOne, 10_000, 4, 10_000L * 4 * 76_000));
        Assert.Equal(MeetingCheck.OverBudgetCap, MeetingClassRules.Check(ClassOne, 10_000, 4, 10_000L * 4 * 76_000 + 1));
        Assert.Equal(3_040_000_000L, MeetingClassRules.BudgetCapFen(ClassOne, 10_000, 4));
    }
}
