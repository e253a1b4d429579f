using MediatR;

namespace OrganAffairs.Contracts.Reception;

/// <summary>
/// One reception cost line as its <see cref="ReceptionCostRecorded"/> carries it: only the lines the organ pays on the Reception line
/// (guests' own meal and transport fees are not 公务接待费 and are not listed).
/// </summary>
/// <param name="SourceId">The cost line's id (the event's source id).</param>
/// <param name="Line">Always <c>Reception</c>.</param>
/// <param name="PaidOn">The line's business date; its year is the budget year.</param>
public sealed record ReceptionCostItem(Guid SourceId, Guid ReceptionId, Guid OrganId, string Line, long AmountFen, DateOnly PaidOn, ReceptionCostCategory Category);

/// <summary>A page of reception cost lines in source-id order; <paramref name="Next"/> is the cursor of the next page, null at the end.</summary>
public sealed record ReceptionCostPage(IReadOnlyList<ReceptionCostItem> Items, Guid? Next);

/// <summary>
/// Cross-module query for backfill and reconciliation (DESIGN, "New consumers of old events"): the reception cost lines of
/// <paramref name="OrganId"/> (every organ when null) whose business date is in <paramref name="Year"/> (every year when null), keyed by
/// source id, a page of at most <paramref name="PageSize"/> (1–1000) after the source id <paramref name="After"/>. Answers every organ's
/// lines to the system principal; an ordinary principal only its visible organs'.
/// </summary>
public sealed record ListReceptionCostsQuery(Guid? OrganId, int? Year, Guid? After, int PageSize) : IRequest<ReceptionCostPage>;
