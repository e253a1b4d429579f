using MediatR;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Support;

/// <summary>The renewal rule as a response, and a vehicle's eligibility (shared by the eligibility query and disposal).</summary>
internal static class RenewalMapping
{
    public static RenewalRuleResponse ToResponse(RuleRow row)
    {
        var v = RuleJson.Read<RenewalRuleValue>(row.Value);
        return new RenewalRuleResponse(row.Id, row.Jurisdiction, v.MinAgeYears, v.MinMileageKm, v.Condition, row.EffectiveFrom, row.EffectiveTo, row.Source, row.DocumentId);
    }

    /// <summary>Age and/or mileage by the renewal rule in force on the date for the owning organ's division — nothing else (a leader's promotion or move is no reason).</summary>
    public static Task<RenewalEligibilityResponse> EligibilityAsync(RuleRepository rules, IMediator mediator, VehicleRow vehicle, DateOnly on, CancellationToken ct) =>
        EligibilityAsync(rules, mediator, vehicle, vehicle.OdometerKm, on, ct);

    /// <summary>The eligibility the vehicle would have with another odometer reading (an odometer correction, V8).</summary>
    public static async Task<RenewalEligibilityResponse> EligibilityAsync(RuleRepository rules, IMediator mediator, VehicleRow vehicle, int odometerKm, DateOnly on, CancellationToken ct)
    {
        var organ = await mediator.Send(new Contracts.Organs.GetOrganQuery(vehicle.OrganId), ct);
        var rule = (await rules.InForceAsync(RuleKinds.Renewal, organ?.DivisionCode, on, ct)).FirstOrDefault()
            ?? throw new ProblemException(VehiclesErrors.RuleMissing, detail: RuleKinds.Renewal);
        var value = RuleJson.Read<RenewalRuleValue>(rule.Value);
        return new RenewalEligibilityResponse(vehicle.Id, on, value.IsEligible(vehicle.PurchasedOn, odometerKm, on), vehicle.PurchasedOn,
            value.EligibleByAgeFrom(vehicle.PurchasedOn), odometerKm, value.MinAgeYears, value.MinMileageKm, value.Condition, rule.Jurisdiction, rule.Source);
    }
}
