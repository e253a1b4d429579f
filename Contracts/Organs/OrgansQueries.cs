using MediatR;

namespace OrganAffairs.Contracts.Organs;

/// <summary>What other modules may know of an organ.</summary>
public sealed record OrganSummary(
    Guid Id,
    string Name,
    string DivisionCode,
    AdministrativeLevel Level,
    OrganType Type,
    Guid? ParentId,
    OrganStatus Status);

/// <summary>What other modules may know of a staff member, with the rank's level and leader flag.</summary>
public sealed record StaffMemberSummary(
    Guid Id,
    string Name,
    Guid OrganId,
    string RankCode,
    string RankNameZh,
    AdministrativeLevel Level,
    bool IsLeader,
    StaffStatus Status,
    IReadOnlyList<Guid> ConcurrentPostOrganIds);

/// <summary>Cross-module query: one organ, or null when it does not exist or the caller may not see it.</summary>
public sealed record GetOrganQuery(Guid OrganId) : IRequest<OrganSummary?>;

/// <summary>
/// Cross-module query in bulk: the organs among <paramref name="OrganIds"/> that exist and that the caller
/// may see, by id (unknown and invisible ids are simply absent). One query per report, never one per row.
/// </summary>
public sealed record GetOrgansByIdQuery(IReadOnlyCollection<Guid> OrganIds) : IRequest<IReadOnlyDictionary<Guid, OrganSummary>>;

/// <summary>Cross-module query: one staff member, or null when unknown or not visible.</summary>
public sealed record GetStaffMemberQuery(Guid StaffMemberId) : IRequest<StaffMemberSummary?>;

/// <summary>A staff member as they were on a date: the organ of the primary post, the rank held then, and that rank's level and leader flag then.</summary>
public sealed record StaffMemberAsOf(Guid Id, string Name, Guid OrganId, string RankCode, string RankNameZh, AdministrativeLevel Level, bool IsLeader);

/// <summary>
/// Cross-module query in bulk: the members among <paramref name="StaffMemberIds"/> as they were on <paramref name="On"/>, from the
/// staff rank history (for reports of a past date, e.g. the yearly filing of leaders' offices). A member with no rank in force that
/// day, or in an organ the caller may not see, is absent.
/// </summary>
public sealed record GetStaffAsOfQuery(IReadOnlyCollection<Guid> StaffMemberIds, DateOnly On) : IRequest<IReadOnlyDictionary<Guid, StaffMemberAsOf>>;

/// <summary>Cross-module query: the organs below an organ (direct children, or the whole subtree).</summary>
public sealed record ListSubordinateOrgansQuery(Guid OrganId, bool IncludeDescendants) : IRequest<IReadOnlyList<OrganSummary>>;

/// <summary>
/// First start: make sure the bureau's own organ (named in configuration) exists, and answer its id.
/// Its principals see every organ.
/// </summary>
public sealed record EnsureBureauOrganCommand(string Name, string DivisionCode, string UnifiedSocialCreditCode) : Common.ICommand<Guid>;
