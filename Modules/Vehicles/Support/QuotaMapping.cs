using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Vehicles.Data;

namespace OrganAffairs.Vehicles.Support;

internal static class QuotaMapping
{
    /// <summary>Per category: approved and in use (vehicles not disposed); categories with neither are left out.</summary>
    public static async Task<QuotaResponse> ResponseAsync(VehicleRepository vehicles, Guid organId, CancellationToken ct)
    {
        var quotas = (await vehicles.QuotasAsync(organId, ct)).ToDictionary(q => q.Category, q => q.Approved);
        var inUse = await vehicles.InUseAsync(organId, ct);
        var items = Enum.GetValues<VehicleCategory>()
            .Where(c => quotas.ContainsKey(c) || inUse.ContainsKey(c))
            .Select(c => new QuotaUsage(c, quotas.GetValueOrDefault(c), inUse.GetValueOrDefault(c)))
            .ToList();
        return new QuotaResponse(organId, items);
    }
}
