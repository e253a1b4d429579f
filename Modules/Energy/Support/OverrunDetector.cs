using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Energy.Support;

/// <summary>
/// Flags an overrun (超定额) when a year's standard coal passes the institution's quota. Runs in the
/// transaction that changed the consumption, under a lock on the quota row, so two writers cannot both
/// flag it; an overrun stays open until explained, even if later corrections bring use under the quota.
/// </summary>
internal sealed class OverrunDetector(
    ComplianceRepository compliance, InstitutionRepository institutions, IndicatorCalculator calculator, AuditTrail audit, IdGenerator ids, BusinessClock clock)
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
            if (await compliance.OverrunAsync(institutionId, year, ct) is not null
                || await institutions.GetVisibleAsync(institutionId, ct) is not { } institution)
            {
                continue;
            }
            var used = (await calculator.ComputeAsync([institution], new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct)).TotalKgce;
            if (used <= Scaled.FromMilli(quota.EnergyKgceMilli))
            {
                continue;
            }
            var row = new OverrunRow
            {
                Id = ids.NewId(),
                InstitutionId = institutionId,
                OrganId = institution.OrganId,
                Year = year,
                QuotaKgceMilli = quota.EnergyKgceMilli,
                UsedKgceMilli = Scaled.RoundMilli(used * 1000m),
                Status = OverrunStatus.Open,
                Version = 1,
                DetectedAt = clock.UtcNow,
            };
            await compliance.InsertOverrunAsync(row, ct);
            audit.Record("EnergyOverrun", row.Id, row.OrganId, AuditTrail.Diff(null, EnergyMapping.ToResponse(row)));
        }
    }
}
