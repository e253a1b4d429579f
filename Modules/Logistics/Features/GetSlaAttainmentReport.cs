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

/// <summary>Service-level attainment by provider, category and month (Logistics_GetSlaAttainmentReport): the route.</summary>
internal static class GetSlaAttainmentReport
{
    private static readonly IReadOnlyList<(string Header, Func<SlaAttainmentRow, object?> Value)> Columns =
    [
        ("providerCreditCode", r => r.ProviderCreditCode), ("providerName", r => r.ProviderName), ("category", r => r.Category), ("month", r => r.Month), ("orders", r => r.Orders),
        ("responseJudged", r => r.ResponseJudged), ("responseMet", r => r.ResponseMet), ("responseBreached", r => r.ResponseBreached), ("responseMetPercent", r => r.ResponseMetPercent),
        ("resolveJudged", r => r.ResolveJudged), ("resolveMet", r => r.ResolveMet), ("resolveBreached", r => r.ResolveBreached), ("resolveMetPercent", r => r.ResolveMetPercent),
    ];

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder reports) =>
        reports.MapGet("/sla-attainment", Handle).WithName("Logistics_GetSlaAttainmentReport")
            .WithSummary("Service-level attainment by provider, category and month, response and resolution apart, as JSON or CSV (服务时限达标率统计)")
            .WithDescription("Work orders raised in the business months `from` to `to` (yyyy-MM, at most 24 months), cancelled ones excluded, per provider (the credit code of the contract the order was assigned under; null for the bureau's own teams), category and month of the raise. The response (on site) clock and the resolution clock are counted apart: an order counts on a clock when it has that target and the clock is settled — met by the step, or breached (recorded, or its deadline passed unmet though the daily sweep has not recorded it yet); a clock still running (or stopped by a hold) counts on neither side. Met share with one decimal, null when nothing is judged. Groups without orders are absent. `format=Csv` (or Accept: text/csv) answers text/csv with the columns providerCreditCode,providerName,category,month,orders,responseJudged,responseMet,responseBreached,responseMetPercent,resolveJudged,resolveMet,resolveBreached,resolveMetPercent. Providers' figures are the bureau's (403 auth.bureau-only for anyone else).")
            .Produces<IReadOnlyList<SlaAttainmentRow>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400, 403).StrictEnums<MonthRangeParameters>()
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<IResult> Handle([AsParameters] MonthRangeParameters p, IMediator mediator, HttpContext http, CancellationToken ct) =>
        Csv.Answer(p.Format, http, await mediator.Send(new GetSlaAttainmentReportQuery(p.From ?? "", p.To ?? ""), ct), Columns);
}

internal sealed record GetSlaAttainmentReportQuery(string From, string To) : IQuery<IReadOnlyList<SlaAttainmentRow>>;

internal sealed class GetSlaAttainmentReportValidator : AbstractValidator<GetSlaAttainmentReportQuery>
{
    public GetSlaAttainmentReportValidator()
    {
        this.MonthRange(q => q.From, q => q.To);
    }
}

internal sealed class GetSlaAttainmentReportHandler(ReportRepository reports, ContractRepository contracts, OrganScope scope, BusinessClock clock)
    : IRequestHandler<GetSlaAttainmentReportQuery, IReadOnlyList<SlaAttainmentRow>>
{
    public async Task<IReadOnlyList<SlaAttainmentRow>> Handle(GetSlaAttainmentReportQuery query, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var (from, to) = Months.Instants(Months.Parse(query.From)!.Value, Months.Parse(query.To)!.Value, clock);
        var now = clock.UtcNow;
        var orders = await reports.SlaOrdersAsync(from, to, ct);
        var byContract = (await contracts.ManyAsync(orders.Where(o => o.ContractId is not null).Select(o => o.ContractId!.Value).Distinct().ToList(), ct)).ToDictionary(c => c.Id);
        var names = (await reports.ProviderNamesAsync(ct)).GroupBy(n => n.ProviderCreditCode).ToDictionary(g => g.Key, g => g.Last().ProviderName);
        return orders
            .GroupBy(o => (Provider: o.ContractId is { } c ? byContract[c].ProviderCreditCode : null, o.Category, Month: Months.Of(o.RaisedAt, clock)))
            .OrderBy(g => g.Key.Provider ?? "", StringComparer.Ordinal).ThenBy(g => g.Key.Category).ThenBy(g => g.Key.Month)
            .Select(g =>
            {
                var (response, resolve) = LogisticsReports.Tally(g.Select(o => new SlaFacts(
                    o.RespondMinutes is not null, o.OnSiteAt is not null, o.RespondBreached || (o.OnSiteAt is null && o.RespondDueAt < now),
                    o.ResolveMinutes is not null, o.ResolvedAt is not null, o.ResolveBreached || (o.ResolvedAt is null && o.ResolveDueAt < now))).ToList());
                return new SlaAttainmentRow(g.Key.Provider, g.Key.Provider is { } code ? names[code] : null, g.Key.Category, Months.Format(g.Key.Month), g.Count(),
                    response.Judged, response.Met, response.Breached, response.MetPercent, resolve.Judged, resolve.Met, resolve.Breached, resolve.MetPercent);
            }).ToList();
    }
}
