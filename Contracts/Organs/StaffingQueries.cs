using MediatR;

namespace OrganAffairs.Contracts.Organs;

/// <summary>An organ's staffing on a date.</summary>
/// <param name="StaffInPost">Staff members whose primary post (rank history) is in the organ on the date (在编在岗).</param>
/// <param name="ApprovedHeadcount">The approved headcount (核定编制) summed over the ranks. Organs keeps only the current headcount, not its history.</param>
public sealed record OrganStaffing(Guid OrganId, int StaffInPost, int ApprovedHeadcount);

/// <summary>
/// Cross-module query in bulk: per organ among <paramref name="OrganIds"/> that the caller may see, its staff in post on
/// <paramref name="On"/> and its approved headcount (organs with neither answer zeros). One query per report, never one per row.
/// </summary>
public sealed record GetOrganStaffingQuery(IReadOnlyCollection<Guid> OrganIds, DateOnly On) : IRequest<IReadOnlyDictionary<Guid, OrganStaffing>>;
