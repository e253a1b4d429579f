using System.Text.RegularExpressions;
using Dapper;
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
/// Modules use the ledger operations (<see cref="OpenOnceAsync"/>, <see cref="CloseOpenAsync"/>,
/// <see cref="ListOpenAsync"/>): the event and its row in <c>shared_violation</c> are written together,
/// so a violation is opened once per subject, closed by what corrects it, and backfilled from the
/// same rows (docs/adr/0029).
/// </summary>
public sealed partial class Violations(OutboxBuffer outbox, IdGenerator ids, BusinessClock clock, UnitOfWork uow, SqlDialect dialect, OrganDirectory directory)
{
    private static readonly string[] LedgerColumns =
        ["id", "duty", "kind", "subject_id", "organ_id", "division_code", "rule_id", "rule_version_id", "opened_on", "due_on", "opened_at"];

    private readonly SortedDictionary<string, (Violation Violation, ViolationFinding Finding)> _pending = new(StringComparer.Ordinal);

    /// <summary>
    /// Opens a violation for the finding unless one is already open for its duty, kind and subject. It is
    /// checked at once (a malformed finding, or an organ the directory does not know, throws) and written
    /// when the command's transaction flushes (<see cref="FlushAsync"/>): the row and its
    /// <see cref="ViolationOpened"/> event commit or roll back with the change that found the breach.
    /// </summary>
    public async Task OpenOnceAsync(ViolationFinding finding, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (!uow.InTransaction)
        {
            throw new InvalidOperationException("A violation is opened inside a command's transaction, so it is written with the change that found it.");
        }
        var divisionCode = await directory.DivisionCodeAsync(finding.OrganId, ct)
            ?? throw new ArgumentException($"Organ {finding.OrganId} is not in the organ directory.", nameof(finding));
        var violation = new Violation(ids.NewId(), finding.OrganId, divisionCode, finding.Duty, finding.Kind, finding.SubjectId, finding.RuleId, finding.RuleVersionId);
        Check(violation);
        _pending.TryAdd(OpenKey(finding.Duty, finding.Kind, finding.SubjectId), (violation, finding));
    }

    /// <summary>
    /// Writes the violations the command opened, in the order of their open keys — the order SQL Server's
    /// binary collation keeps the unique index in — so two instances that open several at once take
    /// their key-range locks in the same order whatever order the module found them in. Each insert is
    /// the dialect's insert-if-absent: one row and one event per open breach, even from two instances.
    /// The transaction behaviour calls it before the outbox is flushed.
    /// </summary>
    internal async Task FlushAsync(CancellationToken ct)
    {
        foreach (var (openKey, (violation, finding)) in _pending)
        {
            var inserted = await uow.Connection.ExecuteAsync(new CommandDefinition(
                dialect.Upsert("shared_violation", ["open_key"], [], LedgerColumns),
                new
                {
                    OpenKey = openKey,
                    Id = violation.ViolationId,
                    Duty = finding.Duty.ToString(),
                    finding.Kind,
                    finding.SubjectId,
                    finding.OrganId,
                    violation.DivisionCode,
                    finding.RuleId,
                    finding.RuleVersionId,
                    finding.OpenedOn,
                    finding.DueOn,
                    OpenedAt = clock.UtcNow,
                },
                uow.Transaction, cancellationToken: ct));
            if (inserted == 1)
            {
                Open(violation, finding.OpenedOn, finding.DueOn);
            }
        }
        _pending.Clear();
    }

    /// <summary>Forgets what a failed attempt opened (the transaction behaviour retries the whole unit).</summary>
    internal void Reset() => _pending.Clear();

    /// <summary>
    /// Closes the violation open for this duty, kind and subject, if there is one, and publishes
    /// <see cref="ViolationClosed"/> in the caller's transaction; false when none was open.
    /// </summary>
    public async Task<bool> CloseOpenAsync(Duty duty, string kind, Guid subjectId, DateOnly closedOn, ViolationCloseReason reason, string? note, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        var openKey = OpenKey(duty, kind, subjectId);
        // Found and corrected within one command: it was never a standing breach.
        _pending.Remove(openKey);
        var row = await connection.QuerySingleOrDefaultAsync<LedgerRow>(new CommandDefinition(
            "SELECT id, organ_id, division_code, duty, kind, subject_id, rule_id, rule_version_id, opened_on, due_on FROM shared_violation WHERE open_key = @OpenKey",
            new { OpenKey = openKey }, uow.Transaction, cancellationToken: ct));
        if (row is null)
        {
            return false;
        }
        if (note is { Length: > 500 })
        {
            throw new ArgumentException("A close note is at most 500 characters.", nameof(note));
        }
        // Closing before the day it opened would be a clock step back; the ledger keeps dates in order.
        var closed = closedOn < row.OpenedOn ? row.OpenedOn : closedOn;
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE shared_violation SET open_key = @Closed, closed_on = @ClosedOn, close_reason = @Reason, note = @Note WHERE id = @Id AND open_key = @OpenKey",
            new { Closed = row.Id.ToString("D"), ClosedOn = closed, Reason = reason.ToString(), Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), row.Id, OpenKey = openKey },
            uow.Transaction, cancellationToken: ct));
        if (updated == 0)
        {
            // Another instance closed it between the read and the update: its event stands.
            return false;
        }
        Close(row.ToViolation(), row.OpenedOn, closed, reason, note);
        return true;
    }

    /// <summary>A duty's open violations, keyset-paged by id in the database's own order (the backfill query's answer).</summary>
    public async Task<OpenViolationsPage> ListOpenAsync(Duty duty, ListOpenViolations query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.PageSize is < 1 or > ListOpenViolations.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(query), $"PageSize must be 1–{ListOpenViolations.MaxPageSize}.");
        }
        var connection = await uow.ConnectionAsync(ct);
        var after = query.After is null ? "" : " AND id > @After";
        var rows = (await connection.QueryAsync<LedgerRow>(new CommandDefinition(
            dialect.Page("SELECT id, organ_id, division_code, duty, kind, subject_id, rule_id, rule_version_id, opened_on, due_on FROM shared_violation " +
                         $"WHERE duty = @Duty AND closed_on IS NULL{after} ORDER BY id"),
            new { Duty = duty.ToString(), query.After, Skip = 0, Take = query.PageSize + 1 }, uow.Transaction, cancellationToken: ct))).ToList();
        var more = rows.Count > query.PageSize;
        var page = rows.Take(query.PageSize).Select(r => new OpenViolation(r.ToViolation(), r.OpenedOn, r.DueOn)).ToList();
        return new OpenViolationsPage(page, more ? page[^1].Violation.ViolationId : null);
    }

    private static string OpenKey(Duty duty, string kind, Guid subjectId) => $"{duty}|{kind}|{subjectId:D}";

    private sealed record LedgerRow(
        Guid Id, Guid OrganId, string DivisionCode, string Duty, string Kind, Guid SubjectId, string RuleId, Guid? RuleVersionId, DateOnly OpenedOn, DateOnly? DueOn)
    {
        public Violation ToViolation() =>
            new(Id, OrganId, DivisionCode, Enum.Parse<Duty>(Duty), Kind, SubjectId, RuleId, RuleVersionId);
    }

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

/// <summary>A breach a module found, as <see cref="Violations.OpenOnceAsync"/> takes it (the division code is looked up).</summary>
/// <param name="Duty">The duty whose module found it.</param>
/// <param name="Kind">A stable code, <c>&lt;duty-kebab&gt;.&lt;kebab-words&gt;</c>.</param>
/// <param name="SubjectId">The record in breach.</param>
/// <param name="OrganId">The organ in breach.</param>
/// <param name="RuleId">The rule's id in RULES.md.</param>
/// <param name="RuleVersionId">The rule-table version applied, or null for a rule in code.</param>
/// <param name="OpenedOn">The business date it was found.</param>
/// <param name="DueOn">The correction deadline, or null.</param>
public sealed record ViolationFinding(
    Duty Duty, string Kind, Guid SubjectId, Guid OrganId, string RuleId, Guid? RuleVersionId, DateOnly OpenedOn, DateOnly? DueOn);
