using MediatR;

namespace OrganAffairs.Contracts.ForeignAffairs;

/// <summary>
/// One organ's outbound visits of a year for the statistics (三公经费: numbers of delegations and persons; counts never ride
/// on cost events). A visit counts in the year of its departure once it has departed (Travelling, Returned, Reported or
/// Closed).
/// </summary>
/// <param name="OrganId">The sending organ.</param>
/// <param name="Year">The year of departure.</param>
/// <param name="Visits">Delegations that departed (团组数).</param>
/// <param name="Travellers">Their members, each delegation counted in full (人次).</param>
/// <param name="DistinctTravellers">Different staff members among them (人数).</param>
public sealed record OutboundVisitCount(Guid OrganId, int Year, int Visits, int Travellers, int DistinctTravellers);

/// <summary>
/// Cross-module query: the outbound visits and travellers per organ of a year, for every organ the caller may see that sent
/// a delegation (organs without one are absent), or only those among <paramref name="OrganIds"/> when given.
/// </summary>
public sealed record GetOutboundVisitCountsQuery(int Year, IReadOnlyCollection<Guid>? OrganIds = null) : IRequest<IReadOnlyList<OutboundVisitCount>>;
