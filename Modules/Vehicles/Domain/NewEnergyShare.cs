using OrganAffairs.Contracts.Vehicles;

namespace OrganAffairs.Vehicles.Domain;

/// <summary>The new-energy share of the vehicles bought in a year against a target (V11), judged on exact counts.</summary>
internal static class NewEnergyShare
{
    public static decimal ToPercent(int basisPoints) => basisPoints / 100m;

    /// <summary>A percent with at most 2 decimals, 0–100, as basis points; null when it is not one.</summary>
    public static int? ToBasisPoints(decimal percent) =>
        percent is >= 0 and <= 100 && decimal.Round(percent * 100) == percent * 100 ? (int)(percent * 100) : null;

    /// <summary>The share in percent rounded to 2 decimals (display only), null without purchases.</summary>
    public static decimal? SharePercent(int purchased, int newEnergy) =>
        purchased == 0 ? null : decimal.Round(newEnergy * 100m / purchased, 2, MidpointRounding.AwayFromZero);

    /// <summary>Met when newEnergy / purchased ≥ target, compared as integers (newEnergy × 10000 ≥ target bp × purchased): never on a rounded share.</summary>
    public static NewEnergyTargetStatus Judge(int purchased, int newEnergy, int? targetBasisPoints) =>
        purchased == 0 ? NewEnergyTargetStatus.NoPurchases
        : targetBasisPoints is not { } target ? NewEnergyTargetStatus.NoTarget
        : (long)newEnergy * 10_000 >= (long)target * purchased ? NewEnergyTargetStatus.Met
        : NewEnergyTargetStatus.NotMet;
}
