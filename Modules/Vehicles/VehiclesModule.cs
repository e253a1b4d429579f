using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Shared;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Mediation;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles;

/// <summary>The Vehicles module (公务用车): registry and ledger, quotas, purchase standards, drivers, dispatch.</summary>
public static class VehiclesModule
{
    public const string Name = "vehicles";
    public const string ReadScope = "vehicles.read";
    public const string WriteScope = "vehicles.write";
    internal const string VehiclesTag = "Vehicles";
    internal const string QuotasTag = "Vehicles: quotas";
    internal const string RulesTag = "Vehicles: rules";
    internal const string DriversTag = "Vehicles: drivers";
    internal const string TripsTag = "Vehicles: trips";

    public static IServiceCollection AddVehiclesModule(this IServiceCollection services)
    {
        services.AddScoped<VehicleRepository>();
        services.AddScoped<RuleRepository>();
        services.AddScoped<DriverRepository>();
        services.AddScoped<TripRepository>();
        services.AddScoped<CostRepository>();
        services.AddScoped<ReminderRepository>();
        services.AddScoped<RuleVersioning>();
        services.AddScoped<VehicleViolations>();
        services.AddViolationSweep<OverdueReminderSweep>();
        services.AddHandlersFrom(typeof(VehiclesModule).Assembly);
        services.AddModuleMigrations(Name, typeof(VehiclesModule).Assembly);
        services.AddScopes(ReadScope, WriteScope);
        services.AddApiTag(VehiclesTag, "公务用车 — the vehicle ledger (台账): registration against quota and purchase standards, fixed assignment to leaders, status.");
        services.AddApiTag(QuotasTag, "车辆编制 — vehicles an organ may hold per category, set by the bureau.");
        services.AddApiTag(DriversTag, "驾驶员 — drivers with their licence class (准驾车型) and expiry.");
        services.AddApiTag(TripsTag, "派车 — trip requests, approval, dispatch of a vehicle and driver (no double booking), start, completion with usage registration, cancellation; the calendar of sealed periods (节假日封存).");
        services.AddApiTag(RulesTag, "规则 — versioned, jurisdiction-scoped rule tables: purchase standards (配备标准), plate rule, special plates (警, 应急), licence classes, renewal rule, fixed-car ranks, the new-energy target. Edits are new versions (admin).");
        return services;
    }

    public static IEndpointRouteBuilder MapVehiclesModule(this IEndpointRouteBuilder app) => VehiclesEndpoints.Map(app);
}
