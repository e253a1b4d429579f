using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Organs.Data;
using OrganAffairs.Shared;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Mediation;

namespace OrganAffairs.Organs;

/// <summary>The Organs module (机关、人员、职级、编制): the directory every duty module refers to.</summary>
public static class OrgansModule
{
    public const string Name = "organs";
    public const string ReadScope = "organs.read";
    public const string WriteScope = "organs.write";
    internal const string OrgansTag = "Organs";
    internal const string StaffTag = "Organs: staff";
    internal const string RanksTag = "Organs: ranks";

    public static IServiceCollection AddOrgansModule(this IServiceCollection services)
    {
        services.AddScoped<OrganRepository>();
        services.AddScoped<StaffRepository>();
        services.AddScoped<RankRepository>();
        services.AddHandlersFrom(typeof(OrgansModule).Assembly);
        services.AddModuleMigrations(Name, typeof(OrgansModule).Assembly);
        services.AddScopes(ReadScope, WriteScope);
        services.AddApiTag(OrgansTag, "机关 — the directory of organs: registration, hierarchy, approved headcount (编制), dissolution.");
        services.AddApiTag(StaffTag, "人员 — staff members, their primary and concurrent posts, transfers and retirement.");
        services.AddApiTag(RanksTag, "职级 — the versioned, jurisdiction-scoped rank rule table.");
        return services;
    }

    public static IEndpointRouteBuilder MapOrgansModule(this IEndpointRouteBuilder app) => OrgansEndpoints.Map(app);
}
