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
}
