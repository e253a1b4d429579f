using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Organs.Data;
using OrganAffairs.Shared;
using OrganAffairs.Shared.Mediation;

namespace OrganAffairs.Organs;

/// <summary>The Organs module (机关、人员、职级、编制): the directory every duty module refers to.</summary>
public static class OrgansModule
{
    public const string Name = "organs";

    public static IServiceCollection AddOrgansModule(this IServiceCollection services)
    {
        services.AddScoped<OrganRepository>();
        services.AddScoped<StaffRepository>();
        services.AddScoped<RankRepository>();
        services.AddHandlersFrom(typeof(OrgansModule).Assembly);
        services.AddModuleMigrations(Name, typeof(OrgansModule).Assembly);
        return services;
    }

    public static IEndpointRouteBuilder MapOrgansModule(this IEndpointRouteBuilder app) => OrgansEndpoints.Map(app);
}
