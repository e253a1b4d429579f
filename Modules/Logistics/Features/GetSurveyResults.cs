using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>A survey's results by month (Logistics_GetSurveyResults): the route.</summary>
internal static class GetSurveyResults
{
    private static readonly IReadOnlyList<(string Header, Func<SurveyMonthResult, object?> Value)> Columns =
    [
        ("month", r => r.Month), ("sampled", r => r.Sampled), ("answers", r => r.Answers),
        ("questionMeans", r => string.Join(';', r.QuestionMeans.Select(m => m?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? ""))),
        ("overallMean", r => r.OverallMean), ("closedOrders", r => r.ClosedOrders), ("rated", r => r.Rated), ("meanRating", r => r.MeanRating),
    ];

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder surveys) =>
        surveys.MapGet("/{id:guid}/results", Handle).WithName("Logistics_GetSurveyResults")
            .WithSummary("A survey's results by month, with the requesters' own ratings, as JSON or CSV (满意度调查结果)")
            .WithDescription("For each business month from `from` to `to` (yyyy-MM, at most 24 months): the orders sampled, the answers, the mean per question and overall, and — counting too — the requesters' 1–5 ratings of every closed order of the provider's item that month. `format=Csv` (or Accept: text/csv) answers text/csv with the columns month,sampled,answers,questionMeans (semicolon-separated),overallMean,closedOrders,rated,meanRating. Bureau only.")
            .Produces<IReadOnlyList<SurveyMonthResult>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400, 403, 404).StrictEnums<MonthRangeParameters>()
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<IResult> Handle(Guid id, [AsParameters] MonthRangeParameters p, IMediator mediator, HttpContext http, CancellationToken ct) =>
        Csv.Answer(p.Format, http, await mediator.Send(new GetSurveyResultsQuery(id, p.From ?? "", p.To ?? ""), ct), Columns);
}

/// <summary>Query parameters of the monthly reports: a range of months and the format.</summary>
internal sealed record MonthRangeParameters
{
    [FromQuery(Name = "from")] public string? From { get; init; }
    [FromQuery(Name = "to")] public string? To { get; init; }
    [FromQuery(Name = "format")] public ReportFormat? Format { get; init; }
}

internal sealed record GetSurveyResultsQuery(Guid Id, string From, string To) : IQuery<IReadOnlyList<SurveyMonthResult>>;

internal sealed class GetSurveyResultsValidator : AbstractValidator<GetSurveyResultsQuery>
{
    public GetSurveyResultsValidator()
    {
        this.MonthRange(q => q.From, q => q.To);
    }
}

internal sealed class GetSurveyResultsHandler(SurveyRepository surveys, OrganScope scope, BusinessClock clock) : IRequestHandler<GetSurveyResultsQuery, IReadOnlyList<SurveyMonthResult>>
{
    public async Task<IReadOnlyList<SurveyMonthResult>> Handle(GetSurveyResultsQuery query, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var survey = await surveys.GetAsync(query.Id, ct) ?? throw new ProblemException(LogisticsErrors.SurveyNotFound);
        var first = Months.Parse(query.From)!.Value;
        var last = Months.Parse(query.To)!.Value;
        var (from, to) = Months.Instants(first, last, clock);
        var closed = (await surveys.ClosedOrdersAsync(survey.ProviderCreditCode, survey.ServiceItem, from, to, ct)).ToLookup(o => Months.Of(o.ClosedAt, clock));
        var answers = (await surveys.AnswersAsync(survey.Id, first, last, ct)).ToLookup(a => a.Month);
        var questions = survey.QuestionList.Count;
        var results = new List<SurveyMonthResult>();
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            var orders = closed[month].ToList();
            var scores = answers[month].Select(a => a.ScoreList).ToList();
            var ratings = orders.Where(o => o.Rating is not null).Select(o => o.Rating!.Value).ToList();
            results.Add(new SurveyMonthResult(
                Months.Format(month), orders.Count(o => SurveySampling.Drawn(survey.Id, o.Id, survey.SamplePercent)), scores.Count,
                Enumerable.Range(0, questions).Select(i => SurveySampling.Mean(scores.Select(s => s[i]).ToList())).ToList(),
                SurveySampling.Mean(scores.SelectMany(s => s).ToList()), orders.Count, ratings.Count, SurveySampling.Mean(ratings)));
        }
        return results;
    }
}
