using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>The fleet report (Vehicles_GetFleetReport): the new-energy share of vehicles added and renewed per year against the target (V11).</summary>
internal static class GetFleetReport
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(VehiclesEndpoints.Root + "/reports/fleet", Handle).WithTags(VehiclesModule.VehiclesTag).WithName("Vehicles_GetFleetReport")
            .WithSummary("Fleet report: the new-energy share of the vehicles added and renewed per year against the target (V11), as JSON or CSV (车队报表)")
            .WithDescription("Years fromYear to toYear (inclusive, at most 20), optional organId (else every organ the caller sees). Per year: vehicles bought (by purchase date; added and renewed alike, disposed ones included), how many are new-energy, the share, and the target of the new-energy target rule in force on 31 December of the year for the organ's division (national without organId) — Met/NotMet judged on exact counts, NoTarget when none is in force (the seeded 30 % covers the 14th Five-Year Plan, 2021–2025, confidence M), NoPurchases when nothing was bought. `format=Csv` (or Accept: text/csv) answers text/csv in UTF-8 with a header row: year,purchased,newEnergy,newEnergySharePercent,targetPercent,targetStatus,targetJurisdiction,targetSource.")
            .Produces<FleetReportResponse>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400).StrictEnums<FleetReportParameters>()
            .RequireScope(VehiclesModule.ReadScope);

    private static async Task<IResult> Handle([AsParameters] FleetReportParameters p, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var report = await mediator.Send(new FleetReportQuery(p.OrganId, p.FromYear ?? 0, p.ToYear ?? 0), ct);
        return Csv.Wanted(p.Format, http) ? Csv.Response(Csv.Write(report.Years, Columns)) : TypedResults.Ok(report);
    }

    private static readonly IReadOnlyList<(string Header, Func<FleetYear, object?> Value)> Columns =
    [
        ("year", y => y.Year), ("purchased", y => y.Purchased), ("newEnergy", y => y.NewEnergy), ("newEnergySharePercent", y => y.NewEnergySharePercent),
        ("targetPercent", y => y.TargetPercent), ("targetStatus", y => y.TargetStatus), ("targetJurisdiction", y => y.TargetJurisdiction), ("targetSource", y => y.TargetSource),
    ];
}

/// <summary>Query parameters of GET /api/v1/vehicles/reports/fleet.</summary>
internal sealed record FleetReportParameters
{
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "fromYear")] public int? FromYear { get; init; }
    [FromQuery(Name = "toYear")] public int? ToYear { get; init; }
    [FromQuery(Name = "format")] public ReportFormat? Format { get; init; }
}

internal sealed record FleetReportQuery(Guid? OrganId, int FromYear, int ToYear) : IQuery<FleetReportResponse>;

internal sealed class FleetReportValidator : AbstractValidator<FleetReportQuery>
{
    public FleetReportValidator()
    {
        RuleFor(q => q.FromYear).InclusiveBetween(2000, 2100);
        RuleFor(q => q.ToYear).InclusiveBetween(2000, 2100)
            .Must((q, to) => to >= q.FromYear && to - q.FromYear < 20).WithErrorCode(FieldErrors.OutOfRange.Code).WithMessage(_ => FieldErrors.OutOfRange.Title);
    }
}

internal sealed class FleetReportHandler(VehicleRepository vehicles, RuleRepository rules, IMediator mediator) : IRequestHandler<FleetReportQuery, FleetReportResponse>
{
    public async Task<FleetReportResponse> Handle(FleetReportQuery query, CancellationToken ct)
    {
        string? division = null;
        if (query.OrganId is { } organId)
        {
            // An organ the caller may not see reads as missing (400 on the parameter), like every organ reference.
            division = (await mediator.Send(new GetOrganQuery(organId), ct) ?? throw ProblemException.ForField(VehiclesErrors.OrganRefNotFound, "organId")).DivisionCode;
        }
        var purchases = await vehicles.PurchasesAsync(query.OrganId, new DateOnly(query.FromYear, 1, 1), new DateOnly(query.ToYear, 12, 31), ct);
        var targets = await rules.VersionsAsync(RuleKinds.NewEnergyTarget, Jurisdictions.ChainOf(division), ct);
        var years = new List<FleetYear>();
        for (var year = query.FromYear; year <= query.ToYear; year++)
        {
            var bought = purchases.Where(p => p.PurchasedOn.Year == year).ToList();
            var newEnergy = bought.Count(p => Energy.IsNewEnergy(p.EnergyType));
            var target = VehiclesRuleTables.NewEnergyTargets.Effective(targets, division, new DateOnly(year, 12, 31));
            var basisPoints = target is null ? (int?)null : RuleJson.Read<NewEnergyTargetValue>(target.Value).MinShareBasisPoints;
            years.Add(new FleetYear(year, bought.Count, newEnergy, NewEnergyShare.SharePercent(bought.Count, newEnergy),
                basisPoints is { } bp ? NewEnergyShare.ToPercent(bp) : null, NewEnergyShare.Judge(bought.Count, newEnergy, basisPoints),
                target?.Jurisdiction, target?.Source));
        }
        return new FleetReportResponse(query.FromYear, query.ToYear, query.OrganId, years);
    }
}
