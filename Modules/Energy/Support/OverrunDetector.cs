using OrganAffairs.Contracts.Energy;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Energy.Support;

/// <summary>
/// Flags an overrun (超定额) when a year's standard coal passes the institution's energy quota, or its water
/// passes the water quota. Runs in the transaction that changed the consumption, under a lock on the quota
/// row, so two writers cannot both flag it; an overrun stays open until explained, even if later
/// corrections bring use under the quota, and is a violation (E5) until then.
/// </summary>
internal sealed class OverrunDetector(
    ComplianceRepository compliance, InstitutionRepository institutions, IndicatorCalculator calculator, AuditTrail audit, IdGenerator ids, BusinessClock clock,
    Violations violations)
{
    public async Task CheckAsync(IEnumerable<(Guid InstitutionId, int Year)> touched, CancellationToken ct)
    {
        foreach (var (institutionId, year) in touched.Distinct().OrderBy(t => t.InstitutionId).ThenBy(t => t.Year))
        {
            var quota = await compliance.QuotaAsync(institutionId, year, ct);
            if (quota is null)
            {
                continue;
            }
            await compliance.LockQuotaAsync(quota.Id, ct);
            if (await institutions.GetVisibleAsync(institutionId, ct) is not { } institution)
            {
                continue;
            }
            var used = await calculator.ComputeAsync([institution], new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct);
            await FlagAsync(institution, year, OverrunResource.Energy, quota.EnergyKgceMilli, used.TotalKgce, ct);
            if (quota.WaterMilli is { } water)
            {
                await FlagAsync(institution, year, OverrunResource.Water, water, used.WaterCubicMetres, ct);
            }
        }
    }

    /// <summary>The violation kind of an unexplained overrun of the resource.</summary>
    public static string ViolationKind(OverrunResource resource) =>
        resource == OverrunResource.Energy ? "energy.unexplained-overrun" : "energy.unexplained-water-overrun";

    private async Task FlagAsync(InstitutionRow institution, int year, OverrunResource resource, long quotaMilli, decimal used, CancellationToken ct)
    {
        if (used <= Scaled.FromMilli(quotaMilli) || await compliance.OverrunAsync(institution.Id, year, resource, ct) is not null)
        {
            return;
        }
        var row = new OverrunRow
        {
            Id = ids.NewId(),
            InstitutionId = institution.Id,
            OrganId = institution.OrganId,
            Year = year,
            Resource = resource,
            QuotaKgceMilli = quotaMilli,
            UsedKgceMilli = Scaled.RoundMilli(used * 1000m),
            Status = OverrunStatus.Open,
            Version = 1,
            DetectedAt = clock.UtcNow,
        };
        await compliance.InsertOverrunAsync(row, ct);
        audit.Record("EnergyOverrun", row.Id, row.OrganId, AuditTrail.Diff(null, EnergyMapping.ToResponse(row)));
        await violations.OpenOnceAsync(new ViolationFinding(Duty.Energy, ViolationKind(resource), row.Id, row.OrganId, "E5", null, clock.Today, null), ct);
    }
}
