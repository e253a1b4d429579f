using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Assets.Data;
using OrganAffairs.Assets.Support;
using OrganAffairs.Shared;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Mediation;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Assets;

/// <summary>The Assets module (办公设备): inventory, checkout and return, repair, disposal, reservations, stock-takes, service life.</summary>
public static class AssetsModule
{
    public const string Name = "assets";
    public const string ReadScope = "assets.read";
    public const string WriteScope = "assets.write";
    internal const string AssetsTag = "Assets";
    internal const string ReservationsTag = "Assets: reservations";
    internal const string StocktakesTag = "Assets: stock-takes";
    internal const string RulesTag = "Assets: rules";

    public static IServiceCollection AddAssetsModule(this IServiceCollection services)
    {
        services.AddScoped<AssetRepository>();
        services.AddScoped<ReservationRepository>();
        services.AddScoped<StocktakeRepository>();
        services.AddScoped<ServiceLifeRepository>();
        services.AddScoped<AssetLedger>();
        services.AddHostedService<ReservationStarter>();
        services.AddHandlersFrom(typeof(AssetsModule).Assembly);
        services.AddModuleMigrations(Name, typeof(AssetsModule).Assembly);
        services.AddScopes(ReadScope, WriteScope);
        services.AddApiTag(AssetsTag, "办公设备 — office equipment: registration with a unique asset tag (资产编号), checkout (领用) to an organ or staff member and check-in (归还) with history (履历), moves between rooms, repair (维修), disposal (处置) after the service life (使用年限), warranty and end-of-life lists, per-organ holdings.");
        services.AddApiTag(ReservationsTag, "预约 — reservations of an asset for future ranges that never overlap; they turn into a checkout when they start (预约转领用), or are cancelled.");
        services.AddApiTag(StocktakesTag, "盘点 — stock-takes of an organ's or a building's assets: scans mark each found (在位), missing (盘亏) or found elsewhere (异位); missing assets stay flagged until resolved.");
        services.AddApiTag(RulesTag, "规则 — the versioned, jurisdiction-scoped service life (使用年限) per category. Edits are new versions (admin).");
        return services;
    }

    public static IEndpointRouteBuilder MapAssetsModule(this IEndpointRouteBuilder app) => AssetsEndpoints.Map(app);
}
