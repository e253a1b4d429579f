using MediatR;

namespace OrganAffairs.Contracts.Logistics;

/// <summary>
/// One organ's meetings of a year for the companion table of the 三公经费 disclosure (会议费): meetings held (not cancelled)
/// whose first day is in the year, their attendees × days, and their settled cost in fen (the budget where none is settled yet).
/// </summary>
/// <param name="OrganId">The organising organ.</param>
/// <param name="Meetings">Meetings held in the year.</param>
/// <param name="AttendeeDays">Sum of attendees × days (人天).</param>
/// <param name="CostFen">Settled cost in fen, with each unsettled meeting counted at its budget.</param>
/// <param name="UnsettledMeetings">Meetings among them counted at their budget because no cost is settled yet.</param>
public sealed record MeetingCostLine(Guid OrganId, int Meetings, long AttendeeDays, long CostFen, int UnsettledMeetings);

/// <summary>
/// Cross-module query in bulk: per organ among <paramref name="OrganIds"/> its meetings of <paramref name="Year"/> (organs with
/// none are absent). One query per report, never one per row.
/// </summary>
public sealed record GetMeetingCostsQuery(IReadOnlyCollection<Guid> OrganIds, int Year) : IRequest<IReadOnlyDictionary<Guid, MeetingCostLine>>;

/// <summary>
/// One organ's logistics service costs of a year for the operating-cost survey (机关运行成本, 后勤服务): what Logistics records,
/// in fen, by the business date of the cost.
/// </summary>
/// <param name="OrganId">The organ the cost is charged to.</param>
/// <param name="ContractFen">Property-service contract charges attributed to the organ in the year.</param>
/// <param name="WorkOrderFen">Costs recorded on the organ's work orders closed in the year.</param>
/// <param name="ServiceOrderFen">Costs recorded on the organ's conference and catering service orders delivered in the year.</param>
public sealed record LogisticsServiceCost(Guid OrganId, long ContractFen, long WorkOrderFen, long ServiceOrderFen);

/// <summary>
/// Cross-module query in bulk: per organ among <paramref name="OrganIds"/> its logistics service costs of <paramref name="Year"/>
/// (organs with none are absent).
/// </summary>
public sealed record GetLogisticsServiceCostsQuery(IReadOnlyCollection<Guid> OrganIds, int Year) : IRequest<IReadOnlyDictionary<Guid, LogisticsServiceCost>>;
