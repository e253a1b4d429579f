using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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

/// <summary>Satisfaction by provider and month (Logistics_GetSatisfactionReport): the route.</summary>
internal static class GetSatisfactionReport
{
    private static readonly IReadOnlyList<(string Header, Func<SatisfactionReportRow, object?> Value)> Columns =
    [
        ("providerCreditCode", r => r.ProviderCreditCode), ("providerName", r => r.ProviderName), ("month", r => r.Month), ("closedOrders", r => r.ClosedOrders),
        ("rated", r => r.Rated), ("meanRating", r => r.MeanRating), ("surveys", r => r.Surveys), ("surveyAnswers", r => r.SurveyAnswers), ("surveyMean", r => r.SurveyMean),
    ];

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder reports) =>
        reports.MapGet("/satisfaction", Handle).WithName("Logistics_GetSatisfactionReport")
            .WithSummary("Satisfaction by provider and month: the requesters' ratings and the survey results, as JSON or CSV (服务满意度统计)")
            .WithDescription("Per provider (credit code) and business month from `from` to `to` (yyyy-MM, at most 24 months): its work orders closed that month (assigned under its contracts) and the requesters' 1–5 ratings of them, and the answers to its satisfaction surveys for that month (the month the sampled orders were closed in) with the mean of all their scores. The two are side by side, never weighted into one score (no weights with a source). Months without either are absent. `format=Csv` (or Accept: text/csv) answers text/csv with the columns providerCreditCode,providerName,month,closedOrders,rated,meanRating,surveys,surveyAnswers,surveyMean. Providers' figures are the bureau's (403 auth.bureau-only for anyone else).")
            .Produces<IReadOnlyList<SatisfactionReportRow>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400, 403).StrictEnums<MonthRangeParameters>()
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<IResult> Handle([AsParameters] MonthRangeParameters p, IMediator mediator, HttpContext http, CancellationToken ct) =>
        Csv.Answer(p.Format, http, await mediator.Send(new GetSatisfactionReportQuery(p.From ?? "", p.To ?? ""), ct), Columns);
}

internal sealed record GetSatisfactionReportQuery(string From, string To) : IQuery<IReadOnlyList<SatisfactionReportRow>>;

internal sealed class GetSatisfactionReportValidator : AbstractValidator<GetSatisfactionReportQuery>
{
    public GetSatisfactionReportValidator()
    {
        this.MonthRange(q => q.From, q => q.To);
    }
}

internal sealed class GetSatisfactionReportHandler(ReportRepository reports, ContractRepository contracts, OrganScope scope, BusinessClock clock)
    : IRequestHandler<GetSatisfactionReportQuery, IReadOnlyList<SatisfactionReportRow>>
{
    public async Task<IReadOnlyList<SatisfactionReportRow>> Handle(GetSatisfactionReportQuery query, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var first = Months.Parse(query.From)!.Value;
        var last = Months.Parse(query.To)!.Value;
        var (from, to) = Months.Instants(first, last, clock);
        var closed = await reports.ClosedUnderContractsAsync(from, to, ct);
        var byContract = (await contracts.ManyAsync(closed.Select(o => o.ContractId).Distinct().ToList(), ct)).ToDictionary(c => c.Id);
        var ratings = closed.ToLookup(o => (byContract[o.ContractId].ProviderCreditCode, Months.Of(o.ClosedAt, clock)));
        var answers = (await reports.AnswersAsync(first, last, ct)).ToLookup(a => (a.ProviderCreditCode, a.Month));
        var names = (await reports.ProviderNamesAsync(ct)).GroupBy(n => n.ProviderCreditCode).ToDictionary(g => g.Key, g => g.Last().ProviderName);
        return ratings.Select(g => g.Key).Union(answers.Select(g => g.Key))
            .OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2)
            .Select(key =>
            {
                var orders = ratings[key].ToList();
                var rated = orders.Where(o => o.Rating is not null).Select(o => o.Rating!.Value).ToList();
                var answered = answers[key].ToList();
                return new SatisfactionReportRow(key.Item1, names.GetValueOrDefault(key.Item1, ""), Months.Format(key.Item2), orders.Count, rated.Count, LogisticsReports.Mean(rated),
                    answered.Select(a => a.SurveyId).Distinct().Count(), answered.Count,
                    LogisticsReports.Mean(answered.SelectMany(a => a.Scores.Split(',').Select(int.Parse)).ToList()));
            }).ToList();
    }
}
