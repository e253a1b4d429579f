using OrganAffairs.Access;
using OrganAffairs.Assets;
using OrganAffairs.Buildings;
using OrganAffairs.Calendar;
using OrganAffairs.Costs;
using OrganAffairs.Energy;
using OrganAffairs.ForeignAffairs;
using OrganAffairs.Logistics;
using OrganAffairs.Guidance;
using OrganAffairs.Organs;
using OrganAffairs.Reception;
using OrganAffairs.Vehicles;
using OrganAffairs.Webhooks;

namespace OrganAffairs.Host;

/// <summary>
/// The explicit list of modules. Order matters: it is the order in which their migrations run
/// (Shared's own tables first, added by the shared kernel).
/// </summary>
internal static class Modules
{
    public static IServiceCollection AddModules(this IServiceCollection services) =>
        services
            .AddOrgansModule()
            .AddAccessModule()
            .AddBuildingsModule()
            .AddVehiclesModule()
            .AddAssetsModule()
            .AddEnergyModule()
            .AddCalendarModule()
            .AddReceptionModule()
            .AddForeignAffairsModule()
            .AddLogisticsModule()
            .AddGuidanceModule()
            .AddCostsModule()
            .AddWebhooksModule();

    public static IEndpointRouteBuilder MapModules(this IEndpointRouteBuilder app) =>
        app
            .MapOrgansModule()
            .MapAccessModule()
            .MapBuildingsModule()
            .MapVehiclesModule()
            .MapAssetsModule()
            .MapEnergyModule()
            .MapCalendarModule()
            .MapReceptionModule()
            .MapForeignAffairsModule()
            .MapLogisticsModule()
            .MapGuidanceModule()
            .MapCostsModule()
            .MapWebhooksModule();
}
