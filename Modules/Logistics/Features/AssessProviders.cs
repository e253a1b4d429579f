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
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>The providers' assessment over a period (Logistics_AssessProviders): the route.</summary>
internal static class AssessProviders
{
    private static readonly IReadOnlyList<(string Header, Func<ProviderAssessmentRow, object?> Value)> Columns =
    [
        ("providerCreditCode", r => r.ProviderCreditCode), ("providerName", r => r.ProviderName), ("contracts", r => r.ContractIds.Count),
        ("orders", r => r.Orders), ("withSla", r => r.WithSla), ("breached", r => r.Breached), ("attainmentPercent", r => r.AttainmentPercent),
        ("rated", r => r.Rated), ("averageRating", r => r.AverageRating), ("score", r => r.Score),
    ];

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder contracts) =>
        contracts.MapGet("/assessment", Handle).WithName("Logistics_AssessProviders")
            .WithSummary("Assess providers on numbers over a period: SLA attainment and ratings, as JSON or CSV (服务商考核)")
            .WithDescription("Per provider (credit code), the work orders assigned under its contracts and raised between `from` and `to` (business dates, both inclusive; at most 366 days), cancelled ones excluded: how many had a service-level clock that is settled (resolved or closed) or breached, how many breached, the attainment percentage, and the mean of the requesters' ratings of confirmed orders. Providers without orders in the period are absent. The **score** weighs attainment and satisfaction (the mean rating as a percentage, (mean − 1) / 4 × 100) by the assessment-weights rule in force on `to` for the division of the provider's latest contract (`weightsId`; GET /rules/assessment-weights): null when a part with a weight above 0 is missing. `format=Csv` (or Accept: text/csv) answers text/csv with the columns providerCreditCode,providerName,contracts,orders,withSla,breached,attainmentPercent,rated,averageRating,score. Bureau only.")
            .Produces<IReadOnlyList<ProviderAssessmentRow>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400, 403).StrictEnums<AssessmentParameters>()
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<IResult> Handle([AsParameters] AssessmentParameters p, IMediator mediator, HttpContext http, CancellationToken ct) =>
        Csv.Answer(p.Format, http, await mediator.Send(new AssessProvidersQuery(p.From ?? default, p.To ?? default), ct), Columns);
}

/// <summary>Query parameters of the period reports.</summary>
internal sealed record AssessmentParameters
{
    [FromQuery(Name = "from")] public DateOnly? From { get; init; }
    [FromQuery(Name = "to")] public DateOnly? To { get; init; }
    [FromQuery(Name = "format")] public ReportFormat? Format { get; init; }
}

internal sealed record AssessProvidersQuery(DateOnly From, DateOnly To) : IQuery<IReadOnlyList<ProviderAssessmentRow>>;

internal sealed class AssessProvidersValidator : AbstractValidator<AssessProvidersQuery>
{
    public AssessProvidersValidator()
    {
        RuleFor(q => q.From).NotEmpty().OverridePropertyName("from");
        RuleFor(q => q.To).NotEmpty().GreaterThanOrEqualTo(q => q.From).Must((q, to) => to.DayNumber - q.From.DayNumber <= 365).WithMessage("At most 366 days.")
            .OverridePropertyName("to");
    }
}

internal sealed class AssessProvidersHandler(ContractRepository contracts, RuleRepository rules, OrganScope scope, BusinessClock clock) : IRequestHandler<AssessProvidersQuery, IReadOnlyList<ProviderAssessmentRow>>
{
    public async Task<IReadOnlyList<ProviderAssessmentRow>> Handle(AssessProvidersQuery query, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var (from, to) = BusinessPeriod.Instants(query.From, query.To, clock);
        var orders = await contracts.AssessedOrdersAsync(from, to, ct);
        var byContract = (await contracts.ManyAsync(orders.Select(o => o.ContractId).Distinct().ToList(), ct)).ToDictionary(c => c.Id);
        var weights = new Dictionary<string, RuleRow?>();
        var rows = new List<ProviderAssessmentRow>();
        foreach (var g in orders.GroupBy(o => byContract[o.ContractId].ProviderCreditCode).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var n = ProviderAssessment.Of(g.Select(o => (o.SlaPolicyId is not null, o.Status is "Resolved" or "Closed", o.RespondBreached || o.ResolveBreached, o.Rating)).ToList());
            var ids = g.Select(o => o.ContractId).Distinct().ToList();
            var latest = byContract[ids[^1]];
            if (!weights.TryGetValue(latest.DivisionCode, out var rule))
            {
                rule = (await rules.InForceAsync(RuleKinds.AssessmentWeights, latest.DivisionCode, query.To, ct)).FirstOrDefault();
                weights[latest.DivisionCode] = rule;
            }
            var score = rule is null ? null : ProviderAssessment.Score(n.AttainmentPercent, n.AverageRating, RuleJson.Read<AssessmentWeightsValue>(rule.Value));
            rows.Add(new ProviderAssessmentRow(g.Key, latest.ProviderName, ids, n.Orders, n.WithSla, n.Breached, n.AttainmentPercent, n.Rated, n.AverageRating, score, rule?.Id));
        }
        return rows;
    }
}
