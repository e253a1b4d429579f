using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Vehicles.Features;

namespace OrganAffairs.Vehicles;

/// <summary>The Vehicles module's index: one line per operation, in the contract's order; each route is in its feature file.</summary>
internal static class VehiclesEndpoints
{
    internal const string Root = "/api/v1/vehicles";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var vehicles = app.MapGroup(Root).WithTags(VehiclesModule.VehiclesTag);
        RegisterVehicle.Map(vehicles);
        GetVehicle.Map(vehicles);
        ListVehicles.Map(vehicles);
        UpdateVehicle.Map(vehicles);

        RecordCost.Map(vehicles);
        CorrectCost.Map(vehicles);
        ListCosts.Map(vehicles);
        CorrectOdometer.Map(vehicles);
        // Outside the group, as registered before: the report's path and tag are set on the route itself.
        GetCostReport.Map(app);
        GetFleetReport.Map(app);

        GetRenewalEligibility.Map(vehicles);
        DisposeVehicle.Map(vehicles);
        CreateReminder.Map(vehicles);
        ListReminders.Map(vehicles);
        CompleteReminder.Map(vehicles);

        var quotas = app.MapGroup(Root + "/quotas").WithTags(VehiclesModule.QuotasTag);
        GetQuotas.Map(quotas);
        SetQuotas.Map(quotas);

        var rules = app.MapGroup(Root + "/rules").WithTags(VehiclesModule.RulesTag);
        ListPurchaseStandards.Map(rules);
        CreatePurchaseStandard.Map(rules);
        ListPlateRules.Map(rules);
        CreatePlateRule.Map(rules);
        ListSpecialPlateRules.Map(rules);
        CreateSpecialPlateRule.Map(rules);
        ListLicenceClasses.Map(rules);
        CreateLicenceClass.Map(rules);
        ListRenewalRules.Map(rules);
        CreateRenewalRule.Map(rules);
        ListFixedCarRanks.Map(rules);
        CreateFixedCarRank.Map(rules);
        ListNewEnergyTargets.Map(rules);
        CreateNewEnergyTarget.Map(rules);

        var drivers = app.MapGroup(Root + "/drivers").WithTags(VehiclesModule.DriversTag);
        CreateDriver.Map(drivers);
        GetDriver.Map(drivers);
        ListDrivers.Map(drivers);
        UpdateDriver.Map(drivers);

        var trips = app.MapGroup(Root + "/trips").WithTags(VehiclesModule.TripsTag);
        CreateTrip.Map(trips);
        GetTrip.Map(trips);
        ListTrips.Map(trips);
        ApproveTrip.Map(trips);
        RejectTrip.Map(trips);
        DispatchTrip.Map(trips);
        StartTrip.Map(trips);
        CompleteTrip.Map(trips);
        CancelTrip.Map(trips);

        var sealedPeriods = app.MapGroup(Root + "/sealed-periods").WithTags(VehiclesModule.TripsTag);
        ListSealedPeriods.Map(sealedPeriods);
        CreateSealedPeriod.Map(sealedPeriods);
        return app;
    }
}
