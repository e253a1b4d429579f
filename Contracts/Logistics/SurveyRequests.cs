namespace OrganAffairs.Contracts.Logistics;

/// <summary>
/// A satisfaction survey (满意度调查) of one provider's service item: its questions, each answered on a 1–5 scale, and the share of
/// the provider's closed work orders of that item sampled each month (reproducibly: the same orders every time).
/// </summary>
/// <param name="ProviderCreditCode" example="91510100MA61R8XQ3D">The provider (its credit code, as on its contracts).</param>
/// <param name="ServiceItem" example="repair.hvac">The catalogue item surveyed.</param>
/// <param name="Title" example="2027 年空调维修满意度调查">1–200 characters.</param>
/// <param name="Questions">1–20 questions, each 1–200 characters, answered 1 (very dissatisfied) to 5 (very satisfied).</param>
/// <param name="SamplePercent" example="30">Share of the closed work orders asked, 1–100 %.</param>
public sealed record CreateSurveyRequest(string ProviderCreditCode, string ServiceItem, string Title, IReadOnlyList<string> Questions, int SamplePercent);

/// <summary>
/// A survey's settable fields (PUT with If-Match): the provider and the item do not change (that is another survey). Once the
/// survey has answers its questions and sample are fixed (409 logistics.survey-answered-fixed): the answers were given to them.
/// </summary>
/// <param name="Title" example="2027 年空调维修满意度调查（第二季度）">1–200 characters.</param>
/// <param name="Questions">1–20 questions, each 1–200 characters.</param>
/// <param name="SamplePercent" example="30">1–100 %.</param>
public sealed record UpdateSurveyRequest(string Title, IReadOnlyList<string> Questions, int SamplePercent);

/// <summary>A satisfaction survey.</summary>
public sealed record SurveyResponse(
    Guid Id, string ProviderCreditCode, string ServiceItem, string Title, IReadOnlyList<string> Questions, int SamplePercent, long Version, DateTimeOffset CreatedAt);

/// <summary>A work order drawn into a survey's sample for a month: the requester to ask.</summary>
/// <param name="Responded">Whether the requester has answered.</param>
public sealed record SurveySampleEntry(Guid WorkOrderId, Guid OrganId, Guid RequesterStaffMemberId, DateTimeOffset ClosedAt, bool Responded);

/// <summary>The requester's answers for a sampled work order.</summary>
/// <param name="WorkOrderId">A work order in the survey's sample.</param>
/// <param name="StaffMemberId">The requester who raised it (the person behind the answer).</param>
/// <param name="Scores">One score 1–5 per question, in the questions' order.</param>
/// <param name="Comment" example="响应及时，态度好">At most 500 characters.</param>
public sealed record CreateSurveyAnswerRequest(Guid WorkOrderId, Guid StaffMemberId, IReadOnlyList<int> Scores, string? Comment);

/// <summary>A recorded answer.</summary>
public sealed record SurveyAnswerResponse(
    Guid Id, Guid SurveyId, Guid WorkOrderId, Guid OrganId, Guid StaffMemberId, string Month, IReadOnlyList<int> Scores, string? Comment, DateTimeOffset CreatedAt);

/// <summary>
/// One month of a survey's results: the sampled orders, the answers and their means per question and overall, and the
/// requesters' own ratings (1–5) of every closed order of the provider's item that month.
/// </summary>
/// <param name="Month" example="2027-03">The business month the orders were closed in.</param>
/// <param name="QuestionMeans">Mean score per question (two decimals), null without answers.</param>
/// <param name="OverallMean">Mean of all scores (two decimals), null without answers.</param>
/// <param name="ClosedOrders">The provider's closed orders of the item that month.</param>
/// <param name="Rated">Those with the requester's rating.</param>
/// <param name="MeanRating">Their mean rating (two decimals), null without any.</param>
public sealed record SurveyMonthResult(
    string Month, int Sampled, int Answers, IReadOnlyList<decimal?> QuestionMeans, decimal? OverallMean, int ClosedOrders, int Rated, decimal? MeanRating);
