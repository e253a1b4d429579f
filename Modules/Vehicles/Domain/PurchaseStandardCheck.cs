using System.Globalization;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Money;

namespace OrganAffairs.Vehicles.Domain;

/// <summary>A purchase standard (配备标准) in force: its code, the document it cites, and its caps.</summary>
internal sealed record PurchaseStandard(string Code, string Source, PurchaseStandardValue Value);

/// <summary>The standard a vehicle is bought within (null: none covers it), or the detail of the over-standard problem.</summary>
internal readonly record struct PurchaseStandardVerdict(string? Code, string? OverDetail)
{
    public bool IsOver => OverDetail is not null;
}

internal static class PurchaseStandardCheck
{
    /// <summary>
    /// The standards in force on the purchase date that cover the vehicle's category, body and energy;
    /// one that needs approval counts only with an approval reference. The vehicle must be within at
    /// least one of them (price and displacement inclusive). None covering it (e.g. SpecialTechnical) → no cap.
    /// </summary>
    public static PurchaseStandardVerdict Judge(
        IEnumerable<PurchaseStandard> inForce, VehicleCategory category, BodyType body, EnergyType energy, long priceFen, int? displacementMl, bool hasApproval)
    {
        var applicable = inForce.Where(s => s.Value.Covers(category, body, energy)).ToList();
        if (applicable.Count == 0)
        {
            return new PurchaseStandardVerdict(null, null);
        }
        var usable = applicable.Where(s => !s.Value.NeedsApproval || hasApproval).ToList();
        var within = usable
            .Where(s => priceFen <= s.Value.MaxPriceFen && (s.Value.MaxDisplacementMl is null || displacementMl is null || displacementMl <= s.Value.MaxDisplacementMl))
            .OrderBy(s => s.Value.NeedsApproval).ThenBy(s => s.Value.MaxPriceFen)
            .FirstOrDefault();
        if (within is not null)
        {
            return new PurchaseStandardVerdict(within.Code, null);
        }
        // Name the most generous standard the caller could use, and say whether an approval would open a higher one.
        var nearest = (usable.Count > 0 ? usable : applicable).OrderByDescending(s => s.Value.MaxPriceFen).First();
        var limit = $"≤ {Yuan.FromFen(nearest.Value.MaxPriceFen).ToString("0.00", CultureInfo.InvariantCulture)} CNY"
                    + (nearest.Value.MaxDisplacementMl is { } cap ? $", ≤ {Displacement.ToLitres(cap).ToString("0.0##", CultureInfo.InvariantCulture)} L" : "");
        var withApproval = !hasApproval && applicable.Any(s => s.Value.NeedsApproval) ? " (a higher standard needs approvalReference)" : "";
        return new PurchaseStandardVerdict(null, $"{nearest.Code}: {limit} — {nearest.Source}{withApproval}");
    }
}
