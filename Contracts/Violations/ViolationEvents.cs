using System.Text.Json.Serialization;
using MediatR;
using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Contracts.Violations;

/// <summary>
/// The duty (Article 6) a violation belongs to. Written by name in events, so a reordering here never
/// changes what a stored event means.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Duty>))]
public enum Duty
{
    Buildings = 1,
    Vehicles = 2,
    Energy = 3,
    Assets = 4,
    Reception = 5,
    ForeignAffairs = 6,
    Logistics = 7,
    Costs = 8,
    Guidance = 9,
}

/// <summary>Why a violation was closed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ViolationCloseReason>))]
public enum ViolationCloseReason
{
    /// <summary>The breach was put right (the office vacated, the vehicle disposed of, the report filed…).</summary>
    Corrected = 1,

    /// <summary>An approved exception covers it.</summary>
    Exempted = 2,

    /// <summary>It was opened in error (wrong data, corrected since).</summary>
    Withdrawn = 3,

    /// <summary>Its subject no longer exists in that form (retired, disposed of, dissolved) without a correction.</summary>
    SubjectEnded = 4,
}

/// <summary>
/// What identifies a violation and where it belongs, the same in <see cref="ViolationOpened"/>,
/// <see cref="ViolationClosed"/> and the backfill query: the read model keys on <c>ViolationId</c>.
/// </summary>
/// <param name="ViolationId">The source module's id of this violation (one id per opening; a breach found again after closing is a new id).</param>
/// <param name="OrganId">The organ in breach.</param>
/// <param name="DivisionCode">The organ's GB/T 2260 division code, for jurisdiction filters.</param>
/// <param name="Duty">The duty whose module found it.</param>
/// <param name="Kind">A stable code, the duty's kebab name, a dot, then kebab words: <c>buildings.over-standard-office</c>.</param>
/// <param name="SubjectId">The record in breach (an office assignment, a vehicle, a reception…), in the source module.</param>
/// <param name="RuleId">The rule's id in the numbered rules (RULES.md), e.g. <c>B1</c>.</param>
/// <param name="RuleVersionId">The rule-table version applied, when the rule is a rule table; null for a rule in code.</param>
public sealed record Violation(
    Guid ViolationId,
    Guid OrganId,
    string DivisionCode,
    Duty Duty,
    string Kind,
    Guid SubjectId,
    string RuleId,
    Guid? RuleVersionId);

/// <summary>A module found a breach of a rule (published through the outbox in the transaction that found it).</summary>
/// <param name="EventId">Unique per event; handlers dedupe on it.</param>
/// <param name="OccurredAt">When it was found (UTC).</param>
/// <param name="Violation">What and where.</param>
/// <param name="OpenedOn">The business date it was found.</param>
/// <param name="DueOn">The business date by which it must be corrected, or null when the rule sets no deadline.</param>
public sealed record ViolationOpened(Guid EventId, DateTimeOffset OccurredAt, Violation Violation, DateOnly OpenedOn, DateOnly? DueOn) : IIntegrationEvent;

/// <summary>A violation ended (published through the outbox in the transaction that ended it).</summary>
/// <param name="EventId">Unique per event; handlers dedupe on it.</param>
/// <param name="OccurredAt">When it was closed (UTC).</param>
/// <param name="Violation">The same members as when it was opened.</param>
/// <param name="OpenedOn">The business date it was opened.</param>
/// <param name="ClosedOn">The business date it was closed.</param>
/// <param name="Reason">Why it was closed.</param>
/// <param name="Note">A short note (the approval reference of an exemption, what was corrected), or null.</param>
public sealed record ViolationClosed(
    Guid EventId, DateTimeOffset OccurredAt, Violation Violation, DateOnly OpenedOn, DateOnly ClosedOn, ViolationCloseReason Reason, string? Note)
    : IIntegrationEvent;

/// <summary>One open violation, as the backfill query answers it.</summary>
/// <param name="Violation">What and where.</param>
/// <param name="OpenedOn">The business date it was opened.</param>
/// <param name="DueOn">The correction deadline, or null.</param>
public sealed record OpenViolation(Violation Violation, DateOnly OpenedOn, DateOnly? DueOn);

/// <summary>One page of a source module's open violations.</summary>
/// <param name="Items">Open violations ordered by <c>ViolationId</c> as the source's database orders it.</param>
/// <param name="NextAfter">The <c>After</c> of the next page: the last item's ViolationId, or null when this is the last page.</param>
public sealed record OpenViolationsPage(IReadOnlyList<OpenViolation> Items, Guid? NextAfter);

/// <summary>
/// The shape of the backfill query every module that publishes violations answers: its open
/// violations, keyset-paged by source id (<c>ViolationId</c>), so a new consumer (the Guidance
/// dashboard) loads them once and dedupes them with the events by that id — nothing counts twice.
/// Each source module declares its own sealed query deriving from this one in its Contracts folder
/// (<c>ListOpenBuildingsViolations</c>) and answers it with exactly one handler; a consumer sends one
/// per source. Declared here once so every source pages the same way.
/// </summary>
/// <param name="After">Only violations whose id comes after this one (exclusive); null for the first page.</param>
/// <param name="PageSize">At most this many, 1–<see cref="MaxPageSize"/>.</param>
public abstract record ListOpenViolations(Guid? After, int PageSize) : IRequest<OpenViolationsPage>
{
    public const int MaxPageSize = 1000;
}
