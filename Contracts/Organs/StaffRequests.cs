namespace OrganAffairs.Contracts.Organs;

/// <summary>Register a staff member in an organ with a primary post.</summary>
/// <param name="Name" example="张三">Full name, at most 100 characters.</param>
/// <param name="OrganId">The organ of the primary post.</param>
/// <param name="RankCode" example="BureauDeputy">职级 code valid for the organ's level.</param>
/// <param name="PostTitle" example="副局长">Title of the primary post (职务), at most 100 characters.</param>
/// <param name="StartedOn" example="2020-03-01">Business date the primary post started.</param>
public sealed record CreateStaffMemberRequest(string Name, Guid OrganId, string RankCode, string? PostTitle, DateOnly StartedOn);

/// <summary>The settable fields of a staff member (PUT with If-Match). Organ and status change only through the transfer and retire actions.</summary>
/// <param name="Name" example="张三">Full name, at most 100 characters.</param>
/// <param name="RankCode" example="BureauPrincipal">职级 code valid for the organ's level.</param>
/// <param name="PostTitle" example="局长">Title of the primary post.</param>
public sealed record UpdateStaffMemberRequest(string Name, string RankCode, string? PostTitle);

/// <summary>Transfer (调动) a staff member to another organ; the old primary post ends the day before.</summary>
/// <param name="ToOrganId">The receiving organ; null when the person leaves the organs this bureau serves (status becomes Transferred).</param>
/// <param name="EffectiveOn" example="2026-12-01">First day in the receiving organ.</param>
/// <param name="RankCode" example="BureauDeputy">Rank in the receiving organ; the current rank if omitted.</param>
/// <param name="PostTitle" example="副主任">Title of the new post.</param>
public sealed record TransferStaffMemberRequest(Guid? ToOrganId, DateOnly EffectiveOn, string? RankCode, string? PostTitle);

/// <summary>Retire (退休) a staff member.</summary>
/// <param name="EffectiveOn" example="2026-12-31">First day of retirement; open posts end the day before.</param>
public sealed record RetireStaffMemberRequest(DateOnly EffectiveOn);

/// <summary>Add a concurrent post (兼职) in another organ.</summary>
/// <param name="OrganId">The organ of the concurrent post.</param>
/// <param name="PostTitle" example="兼任主任">Title of the post.</param>
/// <param name="StartedOn" example="2024-01-01">Business date the post started.</param>
public sealed record AddConcurrentPostRequest(Guid OrganId, string? PostTitle, DateOnly StartedOn);

/// <summary>End a concurrent post.</summary>
/// <param name="EndedOn" example="2026-11-30">Last day of the post.</param>
public sealed record EndConcurrentPostRequest(DateOnly EndedOn);

/// <summary>A post of a staff member: the primary one or a concurrent one.</summary>
public sealed record PostResponse(Guid Id, Guid OrganId, bool IsPrimary, string? Title, DateOnly StartedOn, DateOnly? EndedOn);

/// <summary>A staff member with the posts they hold and held.</summary>
public sealed record StaffMemberResponse(
    Guid Id,
    string Name,
    Guid OrganId,
    string RankCode,
    StaffStatus Status,
    DateOnly StatusEffectiveOn,
    IReadOnlyList<PostResponse> Posts,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
