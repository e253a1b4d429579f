using System.Text.RegularExpressions;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Shared.Outbox;

/// <summary>
/// The one way a module publishes a violation (DESIGN "Violations across duties"): the events are
/// enqueued on the request's <see cref="OutboxBuffer"/>, so they are written to shared_outbox in the
/// same transaction as the change that found or ended the breach. A malformed violation is the
/// calling module's bug and throws at once, before anything is written.
/// </summary>
public sealed partial class Violations(OutboxBuffer outbox, IdGenerator ids, BusinessClock clock)
{
    /// <summary>A breach was found on <paramref name="openedOn"/>; it must be put right by <paramref name="dueOn"/> (null: no deadline).</summary>
    public ViolationOpened Open(Violation violation, DateOnly openedOn, DateOnly? dueOn)
    {
        Check(violation);
        if (dueOn is { } due && due < openedOn)
        {
            throw new ArgumentException($"A violation cannot be due ({due}) before it was opened ({openedOn}).", nameof(dueOn));
        }
        var opened = new ViolationOpened(ids.NewId(), clock.UtcNow, violation, openedOn, dueOn);
        outbox.Enqueue(opened);
        return opened;
    }

    /// <summary>The breach opened on <paramref name="openedOn"/> ended on <paramref name="closedOn"/>, for <paramref name="reason"/>.</summary>
    public ViolationClosed Close(Violation violation, DateOnly openedOn, DateOnly closedOn, ViolationCloseReason reason, string? note = null)
    {
        Check(violation);
        if (closedOn < openedOn)
        {
            throw new ArgumentException($"A violation cannot close ({closedOn}) before it was opened ({openedOn}).", nameof(closedOn));
        }
        if (!Enum.IsDefined(reason))
        {
            throw new ArgumentException($"Unknown close reason {reason}.", nameof(reason));
        }
        if (note is { Length: > 500 })
        {
            throw new ArgumentException("A close note is at most 500 characters.", nameof(note));
        }
        var closed = new ViolationClosed(ids.NewId(), clock.UtcNow, violation, openedOn, closedOn, reason, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        outbox.Enqueue(closed);
        return closed;
    }

    /// <summary>The kind's prefix for a duty: its name in kebab case (ForeignAffairs → foreign-affairs).</summary>
    public static string KindPrefix(Duty duty) => KebabBoundary().Replace(duty.ToString(), "$1-$2").ToLowerInvariant();

    private static void Check(Violation v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var problems = new List<string>();
        if (v.ViolationId == Guid.Empty)
        {
            problems.Add("violationId is empty");
        }
        if (v.OrganId == Guid.Empty)
        {
            problems.Add("organId is empty");
        }
        if (v.SubjectId == Guid.Empty)
        {
            problems.Add("subjectId is empty");
        }
        if (!Jurisdictions.IsDivisionCode(v.DivisionCode))
        {
            problems.Add($"divisionCode '{v.DivisionCode}' is not a 6-digit GB/T 2260 code");
        }
        if (!Enum.IsDefined(v.Duty))
        {
            problems.Add($"duty {v.Duty} is not a duty");
        }
        else if (v.Kind is null || v.Kind.Length > 100 || !KindCode().IsMatch(v.Kind) || !v.Kind.StartsWith(KindPrefix(v.Duty) + ".", StringComparison.Ordinal))
        {
            problems.Add($"kind '{v.Kind}' is not '{KindPrefix(v.Duty)}.<kebab-words>'");
        }
        if (v.RuleId is null || !RuleIdCode().IsMatch(v.RuleId))
        {
            problems.Add($"ruleId '{v.RuleId}' is not a RULES.md id such as B1 or R4b");
        }
        if (v.RuleVersionId == Guid.Empty)
        {
            problems.Add("ruleVersionId is empty (null when the rule is not a table)");
        }
        if (problems.Count > 0)
        {
            throw new ArgumentException("Malformed violation: " + string.Join("; ", problems), nameof(v));
        }
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*\\.[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KindCode();

    [GeneratedRegex("^[A-Z][0-9]{1,2}[a-z]?$")]
    private static partial Regex RuleIdCode();

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex KebabBoundary();
}
