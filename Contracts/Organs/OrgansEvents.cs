using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Contracts.Organs;

/// <summary>A staff member moved to another organ (Buildings starts the 1-month office recovery from it).</summary>
public sealed record StaffTransferred(
    Guid EventId, DateTimeOffset OccurredAt, Guid StaffMemberId, Guid FromOrganId, Guid? ToOrganId, DateOnly EffectiveOn) : IIntegrationEvent;

/// <summary>An organ was dissolved; its holdings went to the successor (划转) or back to the bureau (收回).</summary>
public sealed record OrganDissolved(
    Guid EventId, DateTimeOffset OccurredAt, Guid OrganId, string DivisionCode, DateOnly DissolvedOn, Guid? SuccessorOrganId) : IIntegrationEvent;

/// <summary>A staff member retired.</summary>
public sealed record StaffRetired(
    Guid EventId, DateTimeOffset OccurredAt, Guid StaffMemberId, Guid OrganId, DateOnly EffectiveOn) : IIntegrationEvent;

/// <summary>A concurrent post ended (Buildings starts the 2-month recovery of a second office from it).</summary>
public sealed record ConcurrentPostEnded(
    Guid EventId, DateTimeOffset OccurredAt, Guid StaffMemberId, Guid PostId, Guid OrganId, DateOnly EndedOn) : IIntegrationEvent;
