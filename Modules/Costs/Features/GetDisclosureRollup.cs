using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Costs.Data;
using OrganAffairs.Costs.Support;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Costs.Features;

/// <summary>A bureau's jurisdiction roll-up of the disclosure figures (Costs_GetDisclosureRollup): the route.</summary>
internal static class GetDisclosureRollup
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rollups) =>
        rollups.MapGet("/{bureauId:guid}/{year:int}", Handle).WithName("Costs_GetDisclosureRollup")
            .WithSummary("A jurisdiction's 三公经费 disclosure figures of a year summed, 本级 or whole (汇总)")
            .WithDescription("Sums the disclosure figures of the organs that hold the year's budget (kind=Budget) or final accounts (kind=FinalAccount): the previous year's actuals and the current figure per line, and the statistics. `level=Own` (本级) takes the organs with exactly the bureau's division code, `level=Whole` (the default) the whole jurisdiction with the lower ones. The caller's own scope applies on top: a bureau the caller cannot see, or an organ that is not a bureau, answers 404 costs.bureau-not-found. Figures are live (a published pack's frozen figures are not re-read); `published` counts the packs published. `format=Csv` (or `Accept: text/csv`) answers the lines as text/csv.")
            .Produces<DisclosureRollupResponse>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400, 404).StrictEnums<RollupParameters>()
            .RequireScope(CostsModule.ReadScope);

    private static async Task<IResult> Handle(Guid bureauId, int year, [AsParameters] RollupParameters p, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var rollup = await mediator.Send(new GetDisclosureRollupQuery(bureauId, year, p.Kind, p.Level ?? JurisdictionLevel.Whole), ct);
        return Csv.Wanted(p.Format, http)
            ? Csv.Response(Csv.Write(rollup.Lines, [("line", l => l.Line), ("previous", l => l.Previous), ("current", l => l.Current), ("change", l => l.Change)]))
            : TypedResults.Ok(rollup);
    }
}

/// <summary>Query parameters of GET /api/v1/costs/rollups/{bureauId}/{year}.</summary>
internal sealed record RollupParameters
{
    [FromQuery(Name = "kind")] public DisclosureKind Kind { get; init; }
    [FromQuery(Name = "level")] public JurisdictionLevel? Level { get; init; }
    [FromQuery(Name = "format")] public ReportFormat? Format { get; init; }
}

internal sealed record GetDisclosureRollupQuery(Guid BureauId, int Year, DisclosureKind Kind, JurisdictionLevel Level) : IQuery<DisclosureRollupResponse>;

internal sealed class GetDisclosureRollupValidator : AbstractValidator<GetDisclosureRollupQuery>
{
    public GetDisclosureRollupValidator()
    {
        RuleFor(q => q.Year).Year();
        RuleFor(q => q.Kind).IsInEnum();
        RuleFor(q => q.Level).IsInEnum();
    }
}

internal sealed class GetDisclosureRollupHandler(RollupRepository rollups, OrganScope scope, OrganDirectory directory, BureauOrgan topBureau, IMediator mediator)
    : IRequestHandler<GetDisclosureRollupQuery, DisclosureRollupResponse>
{
    public async Task<DisclosureRollupResponse> Handle(GetDisclosureRollupQuery query, CancellationToken ct)
    {
        var pattern = await scope.CanSeeAsync(query.BureauId, ct) ? await scope.JurisdictionPatternOfAsync(query.BureauId, ct) : null;
        var code = pattern is null ? null
            : topBureau.Is(query.BureauId) ? await directory.DivisionCodeAsync(query.BureauId, ct) : await directory.BureauDivisionCodeAsync(query.BureauId, ct);
        if (pattern is null || code is null)
        {
            throw new ProblemException(CostsErrors.BureauNotFound);
        }
        var selection = query.Level == JurisdictionLevel.Own ? new RollupSelection(code, null) : new RollupSelection(null, pattern);
        var organs = await rollups.OrgansAsync(query.Kind, query.Year, selection, ct);
        var current = (await rollups.CurrentAsync(query.Kind, query.Year, selection, ct)).ToDictionary(r => r.Line, r => r.AmountFen);
        var previous = (await rollups.PreviousAsync(query.Kind, query.Year, selection, ct)).ToDictionary(r => r.Line, r => r.AmountFen);
        var lines = BudgetViews.Lines.Select(line =>
        {
            var (before, now) = (previous.GetValueOrDefault(line), current.GetValueOrDefault(line));
            return new DisclosureRollupLine(line, Yuan.FromFen(before), Yuan.FromFen(now), Yuan.FromFen(now - before));
        }).ToList();
        var statistics = organs.Count == 0 ? new DisclosureStatistics(0, 0, 0, 0, 0, 0, 0, 0)
            : (await DisclosurePacks.StatisticsAsync(organs, query.Year, mediator, ct)).Values.Aggregate((a, b) => new DisclosureStatistics(
                a.Delegations + b.Delegations, a.Travellers + b.Travellers, a.VehiclesBought + b.VehiclesBought, a.VehiclesHeld + b.VehiclesHeld,
                a.Receptions + b.Receptions, a.Guests + b.Guests, a.ForeignReceptions + b.ForeignReceptions, a.ForeignGuests + b.ForeignGuests));
        return new DisclosureRollupResponse(query.BureauId, code, query.Year, query.Kind, query.Level, organs.Count,
            await rollups.PublishedAsync(query.Kind, query.Year, selection, ct), lines, lines.Sum(l => l.Previous), lines.Sum(l => l.Current), statistics);
    }
}
