namespace OrganAffairs.Contracts.Logistics;

/// <summary>
/// Open work orders of one organ, building, category and priority (未完成和超时工单): how many are open, how many are overdue now,
/// and the oldest.
/// </summary>
/// <param name="BuildingId">The building of the orders' rooms; null for orders raised before the building was recorded on them.</param>
/// <param name="Open">Orders raised, triaged, assigned, on site or on hold (resolved ones wait only for the requester's confirmation and are not counted).</param>
/// <param name="Overdue">Those past a service-level deadline they have not met (on hold the clock is stopped: never overdue).</param>
/// <param name="OldestWorkOrderId">The earliest raised of them.</param>
/// <param name="OldestAgeDays">Whole days since it was raised.</param>
public sealed record OpenWorkOrdersRow(
    Guid OrganId, Guid? BuildingId, ServiceCategory Category, WorkOrderPriority Priority, int Open, int Overdue,
    Guid OldestWorkOrderId, DateTimeOffset OldestRaisedAt, int OldestAgeDays);

/// <summary>
/// Service-level attainment of one provider, category and month (服务时限达标率), the response (on site) clock and the resolution
/// clock apart. An order counts on a clock once the clock is settled: met by the step or breached.
/// </summary>
/// <param name="ProviderCreditCode">The provider whose contract the orders were assigned under; null for the bureau's own teams (no contract).</param>
/// <param name="ProviderName">Its name on its latest contract; null with the credit code.</param>
/// <param name="Month" example="2027-03">The business month the orders were raised in.</param>
/// <param name="Orders">Orders raised that month (cancelled ones excluded).</param>
/// <param name="ResponseJudged">Orders with a response target that are on site or breached.</param>
/// <param name="ResponseMetPercent">ResponseMet / ResponseJudged × 100, one decimal; null without any.</param>
/// <param name="ResolveJudged">Orders with a resolution target that are resolved or breached.</param>
/// <param name="ResolveMetPercent">ResolveMet / ResolveJudged × 100, one decimal; null without any.</param>
public sealed record SlaAttainmentRow(
    string? ProviderCreditCode, string? ProviderName, ServiceCategory Category, string Month, int Orders,
    int ResponseJudged, int ResponseMet, int ResponseBreached, decimal? ResponseMetPercent,
    int ResolveJudged, int ResolveMet, int ResolveBreached, decimal? ResolveMetPercent);

/// <summary>
/// Satisfaction with one provider in one month (服务满意度): the requesters' ratings of its closed work orders and the answers to its
/// satisfaction surveys. The two are shown side by side, never weighted into one score.
/// </summary>
/// <param name="Month" example="2027-03">The business month the orders were closed in (the surveys sample by that month too).</param>
/// <param name="ClosedOrders">Its work orders closed that month.</param>
/// <param name="Rated">Those with the requester's rating.</param>
/// <param name="MeanRating">Their mean rating 1–5, two decimals; null without any.</param>
/// <param name="Surveys">Its surveys with answers that month.</param>
/// <param name="SurveyAnswers">The answers.</param>
/// <param name="SurveyMean">The mean of all their scores 1–5, two decimals; null without any.</param>
public sealed record SatisfactionReportRow(
    string ProviderCreditCode, string ProviderName, string Month, int ClosedOrders, int Rated, decimal? MeanRating, int Surveys, int SurveyAnswers, decimal? SurveyMean);

/// <summary>One preventive-maintenance plan in one month (预防性维护完成率): occurrences due, work orders generated, closed and cancelled.</summary>
/// <param name="Month" example="2027-03">The business month of the occurrences.</param>
/// <param name="Due">Occurrences of the schedule in the month after the plan's creation and up to now.</param>
/// <param name="Generated">Occurrences for which a work order was raised.</param>
/// <param name="Closed">Of those, orders closed (confirmed by the requester).</param>
/// <param name="Cancelled">Of those, orders cancelled.</param>
/// <param name="ClosedPercent">Closed / Due × 100, one decimal; null when nothing was due.</param>
public sealed record PlanCompletionRow(
    Guid PlanId, Guid OrganId, string Title, string Month, int Due, int Generated, int Closed, int Cancelled, decimal? ClosedPercent);
