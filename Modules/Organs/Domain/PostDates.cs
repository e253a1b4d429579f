namespace OrganAffairs.Organs.Domain;

/// <summary>The dates of a post (任职): the day a transfer or retirement ends it, and the days it may end on.</summary>
internal static class PostDates
{
    /// <summary>A transfer or retirement effective on a day ends the posts it closes the day before.</summary>
    public static DateOnly EndBefore(DateOnly effectiveOn) => effectiveOn.AddDays(-1);

    /// <summary>A change effective on a day closes a post only if the post started before that day: it never ends before it started.</summary>
    public static bool CanCloseOn(DateOnly startedOn, DateOnly effectiveOn) => effectiveOn > startedOn;

    /// <summary>A concurrent post ended by itself may end on the day it started, not before.</summary>
    public static bool CanEndOn(DateOnly startedOn, DateOnly endedOn) => endedOn >= startedOn;
}
