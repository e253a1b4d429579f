namespace OrganAffairs.ForeignAffairs.Domain;

/// <summary>
/// The hand-back of travel documents after a trip (F10), one version of the rule: within <paramref name="HandBackDays"/> days of the
/// return (working days of the business calendar when <paramref name="WorkingDays"/>); a unit with a document more than
/// <paramref name="LockAfterDaysOverdue"/> days overdue may not submit a new visit (null: no lock).
/// </summary>
internal sealed record HandBackRule(int HandBackDays, bool WorkingDays, int? LockAfterDaysOverdue)
{
    /// <summary>Nationally: 7 calendar days, no lock (H).</summary>
    public static readonly HandBackRule National = new(7, false, null);

    /// <summary>The last day of the hand-back for calendar days; working days are counted by the business calendar.</summary>
    public DateOnly CalendarDueOn(DateOnly returnedOn) => returnedOn.AddDays(HandBackDays);

    /// <summary>Days after the due date (0 when not overdue): handed back on the due date is on time.</summary>
    public static int DaysOverdue(DateOnly dueOn, DateOnly today) => Math.Max(0, today.DayNumber - dueOn.DayNumber);

    /// <summary>A version the bureau may add: 1–90 days to hand back, a lock (when any) of 0–366 days overdue.</summary>
    public bool IsValid => HandBackDays is >= 1 and <= 90 && LockAfterDaysOverdue is null or (>= 0 and <= 366);

    /// <summary>True when a document this many days overdue locks new submissions: beyond the lock's days, never at them.</summary>
    public bool Locks(int daysOverdue) => LockAfterDaysOverdue is { } n && daysOverdue > n;
}

/// <summary>How a travel document number is shown to a caller without the personal-data scope.</summary>
internal static class DocumentNumbers
{
    /// <summary>5–20 upper-case letters and digits.</summary>
    public static bool IsValid(string? number) => number is { Length: >= 5 and <= 20 } && number.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));

    /// <summary>The first two and last three characters around four stars (E12345678 → E1****678); shorter numbers all stars.</summary>
    public static string Mask(string number) => number.Length >= 6 ? $"{number[..2]}****{number[^3..]}" : new string('*', number.Length);
}
