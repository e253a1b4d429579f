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

/// <summary>One organ's incoming foreign delegations of a year for the statistics (三公经费: foreign receptions and guests).</summary>
/// <param name="OrganId">The hosting organ.</param>
/// <param name="Delegations">Delegations whose arrival is in the year.</param>
/// <param name="Guests">Their guests as listed on the delegations.</param>
public sealed record IncomingDelegationCount(Guid OrganId, int Delegations, int Guests);

/// <summary>
/// Cross-module query in bulk: per organ among <paramref name="OrganIds"/> that the caller may see, its incoming delegations
/// arriving in <paramref name="Year"/> and their guests (organs with none are absent). One query per report, never one per row.
/// </summary>
public sealed record GetIncomingDelegationCountsQuery(IReadOnlyCollection<Guid> OrganIds, int Year) : IRequest<IReadOnlyDictionary<Guid, IncomingDelegationCount>>;
