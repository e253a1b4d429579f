using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Energy.Support;

/// <summary>A quota against the year's use, from the roll-ups.</summary>
internal sealed class QuotaProgress(ComplianceRepository compliance, IndicatorCalculator calculator)
{
    public async Task<QuotaProgressResponse> ForAsync(InstitutionRow institution, int year, CancellationToken ct)
    {
        var quota = await compliance.QuotaAsync(institution.Id, year, ct) ?? throw new ProblemException(EnergyErrors.QuotaNotFound);
        var used = await calculator.ComputeAsync([institution], new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct);
        var allowance = Scaled.FromMilli(quota.EnergyKgceMilli);
        var overrun = await compliance.OverrunAsync(institution.Id, year, OverrunResource.Energy, ct);
        var waterOverrun = await compliance.OverrunAsync(institution.Id, year, OverrunResource.Water, ct);
        decimal? water = quota.WaterMilli is { } w ? Scaled.FromMilli(w) : null;
        return new QuotaProgressResponse(
            institution.Id, year, allowance, water,
            used.TotalKgce, used.WaterCubicMetres, Scaled.Ratio(used.TotalKgce * 100m, allowance, 2), used.TotalKgce > allowance,
            overrun is null ? null : EnergyMapping.ToResponse(overrun),
            water is { } limit && used.WaterCubicMetres > limit, waterOverrun is null ? null : EnergyMapping.ToResponse(waterOverrun));
    }
}
