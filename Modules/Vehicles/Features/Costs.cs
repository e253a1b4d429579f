using System.Globalization;
using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Time;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Features;

internal sealed record RecordCostCommand(Guid VehicleId, RecordCostRequest Body) : ICommand<CostResponse>;

internal sealed class RecordCostValidator : AbstractValidator<RecordCostCommand>
{
    public RecordCostValidator()
    {
        RuleFor(c => c.Body.Kind).IsInEnum();
        RuleFor(c => c.Body.Amount).Yuan();
        RuleFor(c => c.Body.OccurredOn).NotEmpty();
        RuleFor(c => c.Body.Quantity)
            .Must((c, q) => c.Body.Kind is CostKind.Fuel or CostKind.Charge ? TripMapping.IsQuantity(q) : q is null)
            .WithErrorCode(VehiclesErrors.QuantityInvalid.Code).WithMessage(_ => VehiclesErrors.QuantityInvalid.Title);
        RuleFor(c => c.Body.Note).MaximumLength(500);
    }
}

/// <summary>单车核算: a cost of one vehicle, counted in the month of its business date; publishes VehicleCostRecorded (and FuelOrChargeRecorded with a quantity).</summary>
internal sealed class RecordCostHandler(VehicleRepository vehicles, CostRepository costs, OutboxBuffer outbox, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<RecordCostCommand, CostResponse>
{
    public async Task<CostResponse> Handle(RecordCostCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var vehicle = await vehicles.GetVisibleAsync(command.VehicleId, ct) ?? throw new ProblemException(VehiclesErrors.VehicleNotFound);
        var now = clock.UtcNow;
        var row = new CostRow
        {
            Id = ids.NewId(), VehicleId = vehicle.Id, OrganId = vehicle.OrganId, Kind = b.Kind, AmountFen = Money.ToFen(b.Amount), OccurredOn = b.OccurredOn,
            Month = CostMapping.MonthOf(b.OccurredOn), QuantityMilli = b.Quantity is { } q ? (long)(q * 1000m) : null, Note = b.Note?.Trim(), CreatedAt = now,
        };
        await costs.InsertAsync(row, ct);
        var response = row.ToResponse();
        audit.Record("VehicleCost", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        outbox.Enqueue(new VehicleCostRecorded(ids.NewId(), now, row.Id, vehicle.Id, vehicle.OrganId, b.Kind, Money.ToYuan(row.AmountFen), b.OccurredOn));
        if (b.Quantity is > 0)
        {
            outbox.Enqueue(new FuelOrChargeRecorded(ids.NewId(), now, vehicle.Id, vehicle.OrganId, null, vehicle.EnergyType,
                b.Kind == CostKind.Fuel ? b.Quantity : null, b.Kind == CostKind.Charge ? b.Quantity : null, b.OccurredOn));
        }
        return response;
    }
}

internal sealed record ListCostsQuery(Guid VehicleId, CostKind? Kind, string? Month, PageRequest Page, string? Sort) : IQuery<PagedResult<CostResponse>>;

internal sealed class ListCostsValidator : AbstractValidator<ListCostsQuery>
{
    public ListCostsValidator()
    {
        RuleFor(q => q.Month).Must(m => m is null || CostMapping.IsMonth(m)).WithErrorCode(VehiclesErrors.MonthInvalid.Code).WithMessage(_ => VehiclesErrors.MonthInvalid.Title);
        RuleFor(q => q.Sort).MaximumLength(200);
    }
}

internal sealed class ListCostsHandler(VehicleRepository vehicles, CostRepository costs) : IRequestHandler<ListCostsQuery, PagedResult<CostResponse>>
{
    public async Task<PagedResult<CostResponse>> Handle(ListCostsQuery query, CancellationToken ct)
    {
        _ = await vehicles.GetVisibleAsync(query.VehicleId, ct) ?? throw new ProblemException(VehiclesErrors.VehicleNotFound);
        var (rows, total) = await costs.ListAsync(query.VehicleId, query.Kind, query.Month, query.Page, CostRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<CostResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}

internal sealed record CostReportQuery(Guid? OrganId, string From, string To) : IQuery<CostReportResponse>;

internal sealed class CostReportValidator : AbstractValidator<CostReportQuery>
{
    public CostReportValidator()
    {
        RuleFor(q => q.From).Must(CostMapping.IsMonth).WithErrorCode(VehiclesErrors.MonthInvalid.Code).WithMessage(_ => VehiclesErrors.MonthInvalid.Title).OverridePropertyName("from");
        RuleFor(q => q.To).Must(CostMapping.IsMonth).WithErrorCode(VehiclesErrors.MonthInvalid.Code).WithMessage(_ => VehiclesErrors.MonthInvalid.Title).OverridePropertyName("to");
        RuleFor(q => q.To).Must((q, to) => string.CompareOrdinal(q.From, to) <= 0).When(q => CostMapping.IsMonth(q.From) && CostMapping.IsMonth(q.To))
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
                Money.ToYuan(Fen(CostKind.Fuel)), Money.ToYuan(Fen(CostKind.Charge)), Money.ToYuan(Fen(CostKind.Repair)), Money.ToYuan(Fen(CostKind.Insurance)),
                Money.ToYuan(Fen(CostKind.Tolls)), Money.ToYuan(Fen(CostKind.Parking)), Money.ToYuan(Fen(CostKind.Other)), Money.ToYuan(total), distance));
        }
        var organRows = vehicleRows.GroupBy(v => v.OrganId).OrderBy(g => g.Key).Select(g => new OrganCostTotals(g.Key,
            g.Sum(v => v.Fuel), g.Sum(v => v.Charge), g.Sum(v => v.Repair), g.Sum(v => v.Insurance), g.Sum(v => v.Tolls), g.Sum(v => v.Parking),
            g.Sum(v => v.Other), g.Sum(v => v.Total), g.Sum(v => v.DistanceKm))).ToList();
        return new CostReportResponse(query.From, query.To, vehicleRows, organRows);
    }
}

internal static class CostMapping
{
    public static CostResponse ToResponse(this CostRow r) => new(
        r.Id, r.VehicleId, r.OrganId, r.Kind, Money.ToYuan(r.AmountFen), r.OccurredOn, r.Month, r.QuantityMilli is { } q ? q / 1000m : null, r.TripId, r.Note, r.CreatedAt);

    public static string MonthOf(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static bool IsMonth(string? value) =>
        value is { Length: 7 } && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>The report as CSV (UTF-8, header row, one line per vehicle and month, then one per organ total).</summary>
    /// <summary>The cost report as CSV through the shared writer (UTF-8 with a byte-order mark, formula cells guarded): vehicle rows, then organ totals.</summary>
    public static string ToCsv(CostReportResponse report) => Shared.Http.Csv.Write(
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

internal sealed record CorrectOdometerCommand(Guid VehicleId, CorrectOdometerRequest Body) : ICommand<VehicleResponse>;

internal sealed class CorrectOdometerValidator : AbstractValidator<CorrectOdometerCommand>
{
    public CorrectOdometerValidator()
    {
        RuleFor(c => c.Body.OdometerKm).InclusiveBetween(0, 3_000_000);
        RuleFor(c => c.Body.Reason).NotEmpty().MaximumLength(500);
    }
}

/// <summary>里程更正: the only way an odometer goes down; the reason is kept in the audit trail with old and new values.</summary>
internal sealed class CorrectOdometerHandler(VehicleRepository vehicles, AuditTrail audit, BusinessClock clock) : IRequestHandler<CorrectOdometerCommand, VehicleResponse>
{
    public async Task<VehicleResponse> Handle(CorrectOdometerCommand command, CancellationToken ct)
    {
        var vehicle = await vehicles.GetVisibleAsync(command.VehicleId, ct) ?? throw new ProblemException(VehiclesErrors.VehicleNotFound);
        await vehicles.LockAsync(vehicle.Id, ct);
        vehicle = (await vehicles.GetAsync(vehicle.Id, ct))!;
        if (vehicle.Status == VehicleStatus.OnTrip)
        {
            throw new ProblemException(VehiclesErrors.VehicleOnTrip);
        }
        if (vehicle.Status == VehicleStatus.Disposed)
        {
            throw new ProblemException(VehiclesErrors.VehicleDisposed);
        }
        var old = vehicle.OdometerKm;
        var expected = vehicle.Version;
        vehicle.OdometerKm = command.Body.OdometerKm;
        vehicle.Version = expected + 1;
        vehicle.UpdatedAt = clock.UtcNow;
        if (!await vehicles.UpdateAsync(vehicle, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        audit.Record("Vehicle", vehicle.Id, vehicle.OrganId, new Dictionary<string, FieldChange>
        {
            ["odometerKm"] = new(old, vehicle.OdometerKm),
            ["odometerCorrectionReason"] = new(null, command.Body.Reason.Trim()),
            ["version"] = new(expected, vehicle.Version),
        });
        return vehicle.ToResponse();
    }
}
