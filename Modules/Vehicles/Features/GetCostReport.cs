using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Security;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Features;

/// <summary>The cost report (Vehicles_GetCostReport): the route, mapped on the app with its full path and the Vehicles tag, as before.</summary>
internal static class GetCostReport
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(VehiclesEndpoints.Root + "/reports/costs", Handle).WithTags(VehiclesModule.VehiclesTag).WithName("Vehicles_GetCostReport")
            .WithSummary("Cost report: per vehicle per month, and per organ (单车核算报表), as JSON or CSV")
            .WithDescription("Months from and to (yyyy-MM, inclusive), optional organId. Per vehicle and month: costs by kind, total, and distance driven on trips completed (counted in the month they started); then totals per organ. `format=Csv` (or Accept: text/csv) answers text/csv in UTF-8 with a header row: row,organId,vehicleId,plate,month,fuel,charge,repair,insurance,tolls,parking,other,total,distanceKm (row = vehicle | organ). An ordinary organ sees only its own vehicles.")
            .Produces<CostReportResponse>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400).StrictEnums<CostReportParameters>()
            .RequireScope(VehiclesModule.ReadScope);

    private static async Task<IResult> Handle([AsParameters] CostReportParameters p, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var report = await mediator.Send(new CostReportQuery(p.OrganId, p.From ?? "", p.To ?? ""), ct);
        return Csv.Wanted(p.Format, http)
            ? Csv.Response(ToCsv(report))
            : TypedResults.Ok(report);
    }

    /// <summary>The cost report as CSV through the shared writer (UTF-8 with a byte-order mark, formula cells guarded): vehicle rows, then organ totals.</summary>
    private static string ToCsv(CostReportResponse report) => Csv.Write(
        report.Vehicles.Select(v => new CsvRow("vehicle", v.OrganId, v.VehicleId, v.Plate, v.Month, v.Fuel, v.Charge, v.Repair, v.Insurance, v.Tolls, v.Parking, v.Other, v.Total, v.DistanceKm))
            .Concat(report.Organs.Select(o => new CsvRow("organ", o.OrganId, null, null, $"{report.From}/{report.To}", o.Fuel, o.Charge, o.Repair, o.Insurance, o.Tolls, o.Parking, o.Other, o.Total, o.DistanceKm))),
        [
            ("row", r => r.Row), ("organId", r => r.OrganId), ("vehicleId", r => r.VehicleId), ("plate", r => r.Plate), ("month", r => r.Month),
            ("fuel", r => r.Fuel), ("charge", r => r.Charge), ("repair", r => r.Repair), ("insurance", r => r.Insurance), ("tolls", r => r.Tolls),
            ("parking", r => r.Parking), ("other", r => r.Other), ("total", r => r.Total), ("distanceKm", r => r.DistanceKm),
        ]);

    private sealed record CsvRow(string Row, Guid OrganId, Guid? VehicleId, string? Plate, string Month, decimal Fuel, decimal Charge, decimal Repair,
        decimal Insurance, decimal Tolls, decimal Parking, decimal Other, decimal Total, int DistanceKm);
}

/// <summary>Query parameters of GET /api/v1/vehicles/reports/costs.</summary>
internal sealed record CostReportParameters
{
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "from")] public string? From { get; init; }
    [FromQuery(Name = "to")] public string? To { get; init; }
    [FromQuery(Name = "format")] public ReportFormat? Format { get; init; }
}

internal sealed record CostReportQuery(Guid? OrganId, string From, string To) : IQuery<CostReportResponse>;

internal sealed class CostReportValidator : AbstractValidator<CostReportQuery>
{
    public CostReportValidator()
    {
        RuleFor(q => q.From).Must(CostMonth.IsMonth).WithErrorCode(VehiclesErrors.MonthInvalid.Code).WithMessage(_ => VehiclesErrors.MonthInvalid.Title).OverridePropertyName("from");
        RuleFor(q => q.To).Must(CostMonth.IsMonth).WithErrorCode(VehiclesErrors.MonthInvalid.Code).WithMessage(_ => VehiclesErrors.MonthInvalid.Title).OverridePropertyName("to");
        RuleFor(q => q.To).Must((q, to) => string.CompareOrdinal(q.From, to) <= 0).When(q => CostMonth.IsMonth(q.From) && CostMonth.IsMonth(q.To))
            .WithErrorCode(VehiclesErrors.MonthInvalid.Code).WithMessage(_ => VehiclesErrors.MonthInvalid.Title).OverridePropertyName("to");
    }
}

/// <summary>Per vehicle per month: costs by kind and distance on completed trips; and per organ totals. Sums are exact (fen) and made in SQL by the stored month.</summary>
internal sealed class CostReportHandler(CostRepository costs) : IRequestHandler<CostReportQuery, CostReportResponse>
{
    public async Task<CostReportResponse> Handle(CostReportQuery query, CancellationToken ct)
    {
        var sums = await costs.SumsAsync(query.OrganId, query.From, query.To, ct);
        var distances = await costs.DistancesAsync(query.OrganId, query.From, query.To, ct);
        var keys = sums.Select(s => (s.VehicleId, s.Month)).Concat(distances.Select(d => (d.VehicleId, d.Month))).Distinct().ToList();
        var plates = await costs.PlatesAsync(keys.Select(k => k.VehicleId).Distinct().ToList(), ct);
        var organs = sums.GroupBy(s => s.VehicleId).ToDictionary(g => g.Key, g => g.First().OrganId);
        var vehicleRows = new List<VehicleMonthCosts>();
        foreach (var (vehicleId, month) in keys.OrderBy(k => plates.GetValueOrDefault(k.VehicleId), StringComparer.Ordinal).ThenBy(k => k.Month, StringComparer.Ordinal))
        {
            long Fen(CostKind kind) => sums.Where(s => s.VehicleId == vehicleId && s.Month == month && s.Kind == kind.ToString()).Sum(s => s.AmountFen);
            var total = Enum.GetValues<CostKind>().Sum(Fen);
            var distance = (int)distances.Where(d => d.VehicleId == vehicleId && d.Month == month).Sum(d => d.DistanceKm);
            var organId = organs.TryGetValue(vehicleId, out var o) ? o : query.OrganId ?? Guid.Empty;
            vehicleRows.Add(new VehicleMonthCosts(vehicleId, plates.GetValueOrDefault(vehicleId, ""), organId, month,
                Yuan.FromFen(Fen(CostKind.Fuel)), Yuan.FromFen(Fen(CostKind.Charge)), Yuan.FromFen(Fen(CostKind.Repair)), Yuan.FromFen(Fen(CostKind.Insurance)),
                Yuan.FromFen(Fen(CostKind.Tolls)), Yuan.FromFen(Fen(CostKind.Parking)), Yuan.FromFen(Fen(CostKind.Other)), Yuan.FromFen(total), distance));
        }
        var organRows = vehicleRows.GroupBy(v => v.OrganId).OrderBy(g => g.Key).Select(g => new OrganCostTotals(g.Key,
            g.Sum(v => v.Fuel), g.Sum(v => v.Charge), g.Sum(v => v.Repair), g.Sum(v => v.Insurance), g.Sum(v => v.Tolls), g.Sum(v => v.Parking),
            g.Sum(v => v.Other), g.Sum(v => v.Total), g.Sum(v => v.DistanceKm))).ToList();
        return new CostReportResponse(query.From, query.To, vehicleRows, organRows);
    }
}
