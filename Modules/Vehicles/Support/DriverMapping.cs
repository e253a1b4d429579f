using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Support;

internal static class DriverMapping
{
    public static DriverResponse ToResponse(this DriverRow r) =>
        new(r.Id, r.OrganId, r.Name, r.LicenceClass, r.LicenceExpiresOn, r.Status, r.Version, r.CreatedAt, r.UpdatedAt);

    /// <summary>The licence class in force for the division today; unknown → 400 on the field.</summary>
    public static async Task<LicenceClassValue> EnsureClassAsync(RuleRepository rules, string licenceClass, string divisionCode, DateOnly on, CancellationToken ct) =>
        (await rules.InForceAsync(RuleKinds.LicenceClass, divisionCode, on, ct)).FirstOrDefault(r => r.RuleKey == licenceClass) is { } rule
            ? RuleJson.Read<LicenceClassValue>(rule.Value)
            : throw ProblemException.ForField(VehiclesErrors.LicenceClassUnknown, "licenceClass");
}
