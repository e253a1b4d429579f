using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OrganAffairs.Contracts.Guidance;

namespace OrganAffairs.Guidance.Domain;

/// <summary>
/// 双随机 — a reproducible random draw: every candidate's key is SHA-256 over the UTF-8 bytes of the seed followed by the UTF-8
/// bytes of the id in its lower-case "D" form (36 characters, so seed ‖ id cannot be read two ways); candidates are ordered by
/// their key (lower-case hex, ordinal = byte order) and the first N are drawn. Anyone holding the seed and the candidate list
/// re-derives the draw.
/// </summary>
internal static class RandomDraw
{
    public const int MinSeedLength = 8;
    public const int MaxSeedLength = 128;

    /// <summary>SHA-256(seed ‖ id) in lower-case hex.</summary>
    public static string Key(string seed, Guid id)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var bytes = Encoding.UTF8.GetBytes(seed + id.ToString("D", CultureInfo.InvariantCulture).ToLowerInvariant());
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>Every distinct candidate with its key, in draw order (key, then id for the impossible tie).</summary>
    public static IReadOnlyList<(Guid Id, string Key)> Order(string seed, IEnumerable<Guid> candidates) =>
        candidates.Distinct().Select(id => (id, Key(seed, id))).OrderBy(c => c.Item2, StringComparer.Ordinal).ThenBy(c => c.id).ToList();

    /// <summary>The first <paramref name="count"/> candidates in draw order.</summary>
    public static IReadOnlyList<Guid> Draw(string seed, IEnumerable<Guid> candidates, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Order(seed, candidates).Take(count).Select(c => c.Id).ToList();
    }

    /// <summary>A fresh seed: 32 random bytes in lower-case hex.</summary>
    public static string NewSeed() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>8–128 printable ASCII characters (no spaces at the ends), so the seed can be printed in a notice and typed back.</summary>
    public static bool IsSeed(string? seed) =>
        seed is { Length: >= MinSeedLength and <= MaxSeedLength } && seed.All(c => c is >= '!' and <= '~');
}

/// <summary>The rectification of a finding on business dates (G1): report by the deadline, verification, notice (通报) when overdue.</summary>
internal static class Rectification
{
    /// <summary>The status after the inspected unit reports: Open or Returned → Reported; null when the status does not allow it.</summary>
    public static FindingStatus? OnReport(FindingStatus status) => status is FindingStatus.Open or FindingStatus.Returned ? FindingStatus.Reported : null;

    /// <summary>Verify or return: only a Reported finding is with the reviewer.</summary>
    public static bool IsWithReviewer(FindingStatus status) => status == FindingStatus.Reported;

    /// <summary>Overdue: the unit still owes a report (Open or Returned) and today is after the last day; on the last day it is not.</summary>
    public static bool IsOverdue(FindingStatus status, DateOnly dueOn, DateOnly today) =>
        status is FindingStatus.Open or FindingStatus.Returned && today > dueOn;

    /// <summary>Rectified on time: closed, and the report that was verified came on or before the last day; null while not closed.</summary>
    public static bool? OnTime(FindingStatus status, DateOnly? reportedOn, DateOnly dueOn) =>
        status == FindingStatus.Closed ? reportedOn is { } on && on <= dueOn : null;
}

/// <summary>Checks on a finding's references.</summary>
internal static class FindingRules
{
    /// <summary>A numbered rule id as RULES.md writes them (and the violation ledger accepts): a capital, 1–2 digits, an optional small letter.</summary>
    public static bool IsRuleId(string? id) =>
        id is { Length: >= 2 and <= 4 } && id[0] is >= 'A' and <= 'Z' && char.IsAsciiDigit(id[1])
        && (id.Length == 2 || char.IsAsciiDigit(id[2]) || (id.Length == 3 && char.IsAsciiLetterLower(id[2])))
        && (id.Length < 4 || (char.IsAsciiDigit(id[2]) && char.IsAsciiLetterLower(id[3])));
}
