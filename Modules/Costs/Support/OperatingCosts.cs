using MediatR;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Costs.Data;
using OrganAffairs.Costs.Domain;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Costs.Support;

/// <summary>
/// The operating cost (机关运行成本, issue 22 item 6) of organs' year, in bulk: every derived figure through one query per source for all
/// the organs (Buildings' areas, Energy's kgce, Organs' staffing, the ledger's lines), the entered ones from costs_operating_entry.
/// </summary>
internal sealed class OperatingCosts(LedgerRepository ledger, OperatingCostRepository entries, IMediator mediator, OrganScope scope)
{
    private const string Entered = "Costs: PUT /api/v1/costs/operating-costs/{organId}/{year}/entries";

    /// <summary>404 costs.organ-not-found unless the organ exists and the caller may see it.</summary>
    public async Task EnsureOrganAsync(Guid organId, CancellationToken ct)
    {
        await scope.EnsureVisibleAsync(organId, CostsErrors.OrganNotFound, ct);
        if (await mediator.Send(new GetOrganQuery(organId), ct) is null)
        {
            throw new ProblemException(CostsErrors.OrganNotFound);
        }
    }

    /// <summary>The operating cost of each organ (the caller filters visibility), in the order given.</summary>
    public async Task<IReadOnlyList<OperatingCostResponse>> ComputeAsync(IReadOnlyList<Guid> organIds, int year, CancellationToken ct)
    {
        if (organIds.Count == 0)
        {
            return [];
        }
        var yearEnd = new DateOnly(year, 12, 31);
        var actuals = (await ledger.ActualsAsync(organIds, year, ct)).ToLookup(a => a.OrganId);
        var entered = (await entries.OfOrgansAsync(organIds, year, ct)).ToDictionary(e => e.OrganId);
        var areas = await mediator.Send(new GetOrganAreasQuery(organIds, yearEnd), ct);
        var energy = await mediator.Send(new GetOrganEnergyQuery(organIds, year), ct);
        var staffing = await mediator.Send(new GetOrganStaffingQuery(organIds, yearEnd), ct);
        var logistics = await mediator.Send(new GetLogisticsServiceCostsQuery(organIds, year), ct);
        return organIds.Select(organId =>
        {
            var entry = entered.GetValueOrDefault(organId);
            long Line(CostLine line) => actuals[organId].Where(a => a.Line == line).Sum(a => a.AmountFen);
            var areaCenti = areas.TryGetValue(organId, out var area) ? area.AllocatedByType.Sum(t => OperatingCostRules.AreaCenti(t.Area)) : 0;
            var staff = staffing.GetValueOrDefault(organId);
            var figures = new List<OperatingCostFigure>
            {
                new(OperatingCostPart.OfficeSpace, OperatingCostItem.OfficeArea, areaCenti / 100m, "m2", false, FigureOrigin.Derived,
                    "Buildings: GetOrganAreasQuery (rooms allocated to the organ on 31 December, every room type)"),
                Money(OperatingCostPart.OfficeSpace, OperatingCostItem.Rent, entry?.RentFen),
                Money(OperatingCostPart.OfficeSpace, OperatingCostItem.PropertyFees, entry?.PropertyFeesFen),
                Money(OperatingCostPart.OfficeSpace, OperatingCostItem.Repairs, entry?.RepairsFen),
                Ledger(OperatingCostPart.Vehicles, OperatingCostItem.VehicleOperation, Line(CostLine.VehicleOperation),
                    "Costs ledger, VehicleOperation line (Vehicles: VehicleCostRecorded, VehicleCostCorrected, ListVehicleCostsQuery)"),
                Ledger(OperatingCostPart.Vehicles, OperatingCostItem.VehiclePurchase, Line(CostLine.VehiclePurchase),
                    "Costs ledger, VehiclePurchase line (Vehicles: VehicleAcquired, ListVehiclePurchasesQuery)"),
                energy.TryGetValue(organId, out var kgce)
                    ? new(OperatingCostPart.Energy, OperatingCostItem.EnergyKgce, kgce.Kgce, "kgce", false, FigureOrigin.Derived,
                        $"Energy: GetOrganEnergyQuery (institution {kgce.InstitutionId}, 1 January – 31 December)")
                    : new(OperatingCostPart.Energy, OperatingCostItem.EnergyKgce, null, "kgce", false, FigureOrigin.Derived,
                        "Energy: GetOrganEnergyQuery (the organ has no public institution registered)"),
                Money(OperatingCostPart.Energy, OperatingCostItem.EnergyBills, entry?.EnergyBillsFen),
                Ledger(OperatingCostPart.ReceptionAndVisits, OperatingCostItem.Reception, Line(CostLine.Reception),
                    "Costs ledger, Reception line (Reception: ReceptionCostRecorded; ForeignAffairs: IncomingDelegationCostRecorded)"),
                Ledger(OperatingCostPart.ReceptionAndVisits, OperatingCostItem.OutboundVisit, Line(CostLine.OutboundVisit),
                    "Costs ledger, OutboundVisit line (ForeignAffairs: OutboundVisitCostRecorded)"),
                Logistics(logistics.GetValueOrDefault(organId)),
                Money(OperatingCostPart.LogisticsServices, OperatingCostItem.LogisticsServices, entry?.LogisticsServicesFen),
                new(OperatingCostPart.Staff, OperatingCostItem.StaffInPost, staff?.StaffInPost ?? 0, "persons", false, FigureOrigin.Derived,
                    "Organs: GetOrganStaffingQuery (rank history on 31 December)"),
                new(OperatingCostPart.Staff, OperatingCostItem.ApprovedHeadcount, staff?.ApprovedHeadcount ?? 0, "persons", false, FigureOrigin.Derived,
                    "Organs: GetOrganStaffingQuery (approved headcount 核定编制 as recorded now: Organs keeps no history of it)"),
            };
            var totalFen = figures.Where(f => f.Money).Sum(f => Yuan.ToFen(f.Value ?? 0m));
            var perPerson = OperatingCostRules.PerPersonFen(totalFen, staff?.StaffInPost ?? 0);
            var perSquareMetre = OperatingCostRules.PerSquareMetreFen(totalFen, areaCenti);
            return new OperatingCostResponse(organId, year, yearEnd, figures, Yuan.FromFen(totalFen),
                perPerson is { } p ? Yuan.FromFen(p) : null, perSquareMetre is { } m ? Yuan.FromFen(m) : null, entry?.Version ?? 0, entry?.UpdatedAt);
        }).ToList();
    }

    /// <summary>
    /// Logistics services (后勤服务) that Logistics records: contract charges borne by the organ, work orders closed and service orders
    /// delivered in the year. What Logistics does not record (services bought outside it) stays the entered LogisticsServices figure.
    /// </summary>
    private static OperatingCostFigure Logistics(LogisticsServiceCost? cost) =>
        Ledger(OperatingCostPart.LogisticsServices, OperatingCostItem.LogisticsRecorded,
            cost is null ? 0 : cost.ContractFen + cost.WorkOrderFen + cost.ServiceOrderFen,
            "Logistics: GetLogisticsServiceCostsQuery (contract charges per month, work orders closed, service orders delivered in the year)");

    private static OperatingCostFigure Money(OperatingCostPart part, OperatingCostItem item, long? fen) =>
        new(part, item, Yuan.FromFen(fen ?? 0), "CNY", true, FigureOrigin.Entered, Entered);

    private static OperatingCostFigure Ledger(OperatingCostPart part, OperatingCostItem item, long fen, string source) =>
        new(part, item, Yuan.FromFen(fen), "CNY", true, FigureOrigin.Derived, source);
}
