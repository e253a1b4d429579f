using MediatR;
using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Contracts.Reception;

/// <summary>
/// A reception cost was paid (公务接待费, one of the 三公经费), published through the outbox in the transaction that
/// recorded it, in the shape of DESIGN's money decision: the organ, the line, the amount in fen, the business date of
/// the payment (its year is the budget year) and the source id. Guest fees (collected from guests) are not spending
/// and are not published. Counts of receptions and guests are never summed from these events: ask
/// <see cref="GetReceptionCountsQuery"/>.
/// </summary>
/// <param name="EventId">Unique per event; handlers dedupe on it.</param>
/// <param name="OccurredAt">When it was recorded (UTC).</param>
/// <param name="OrganId">The hosting organ whose budget pays.</param>
/// <param name="Line">The expense line: always <c>Reception</c> (公务接待费) from this module.</param>
/// <param name="AmountFen">The amount in fen.</param>
/// <param name="PaidOn">The business date of the payment (the cost line's date).</param>
/// <param name="SourceId">The cost line's id in the Reception module.</param>
/// <param name="ReceptionId">The reception the line belongs to.</param>
/// <param name="Category">The line's category (Meals, Lodging, Transport, Venue, Other).</param>
/// <param name="CorrectsEventId">For a correction, the event it corrects; null otherwise (the module records no corrections yet).</param>
/// <param name="DifferenceFen">For a correction, the signed difference in fen; null otherwise.</param>
public sealed record ReceptionCostRecorded(
    Guid EventId, DateTimeOffset OccurredAt, Guid OrganId, string Line, long AmountFen, DateOnly PaidOn, Guid SourceId, Guid ReceptionId,
    ReceptionCostCategory Category, Guid? CorrectsEventId, long? DifferenceFen) : IIntegrationEvent;

/// <summary>Receptions and guests of one organ in one budget year: the statistics of the 三公经费 disclosure (T4).</summary>
/// <param name="Receptions">Receptions approved, held or settled whose first day is in the year.</param>
/// <param name="Guests">Their guests, as named on their letters.</param>
public sealed record ReceptionCounts(int Receptions, int Guests);

/// <summary>
/// Cross-module query in bulk: per organ among <paramref name="OrganIds"/> that the caller may see, its receptions and
/// guests in <paramref name="Year"/> (organs with none are absent). One query per report, never one per row.
/// </summary>
public sealed record GetReceptionCountsQuery(IReadOnlyCollection<Guid> OrganIds, int Year) : IRequest<IReadOnlyDictionary<Guid, ReceptionCounts>>;
