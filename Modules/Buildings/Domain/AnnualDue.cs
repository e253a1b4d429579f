using System.Security.Cryptography;
using System.Text;
using OrganAffairs.Contracts.Buildings;

namespace OrganAffairs.Buildings.Domain;

/// <summary>The yearly publication (公示) and filing (备案) as obligations (B9): due date, status, and the stable id of one organ's obligation for one year.</summary>
internal static class AnnualDue
{
    /// <summary>Due the rule's months after 31 December of the year (3 → 31 March; month ends clamp).</summary>
    public static DateOnly DueOn(int year, int months)
    {
        var end = new DateOnly(year, 12, 31).AddMonths(months);
        return new DateOnly(end.Year, end.Month, DateTime.DaysInMonth(end.Year, end.Month));
    }

    /// <summary>Submitted on or before the due date, after it, or not yet: pending up to the due date itself, late from the day after.</summary>
    public static SubmissionStatus Status(DateOnly dueOn, DateOnly? submittedOn, DateOnly today) => submittedOn switch
    {
        { } on when on <= dueOn => SubmissionStatus.Submitted,
        not null => SubmissionStatus.SubmittedLate,
        null when today > dueOn => SubmissionStatus.Late,
        _ => SubmissionStatus.Pending,
    };

    /// <summary>
    /// The subject of a late-submission violation: an obligation has no row until it is met, so its id is
    /// derived from organ, year and kind (the same on every instance and every sweep).
    /// </summary>
    public static Guid ObligationId(Guid organId, int year, AnnualObligation kind) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes($"buildings|{organId:D}|{year}|{kind}")));
}
