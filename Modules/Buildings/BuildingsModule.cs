using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Shared;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Mediation;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings;

/// <summary>The Buildings module (办公用房): space registry, meeting-room bookings, allocation and office use.</summary>
public static class BuildingsModule
{
    public const string Name = "buildings";
    public const string ReadScope = "buildings.read";
    public const string WriteScope = "buildings.write";
    internal const string SpaceTag = "Buildings: space";
    internal const string BookingsTag = "Buildings: meeting rooms";
    internal const string AllocationsTag = "Buildings: allocation";
    internal const string OfficesTag = "Buildings: offices";
    internal const string RecoveryTag = "Buildings: recovery";
    internal const string ReportsTag = "Buildings: reports";

    public static IServiceCollection AddBuildingsModule(this IServiceCollection services)
    {
        services.AddScoped<SpaceRepository>();
        services.AddScoped<BookingRepository>();
        services.AddScoped<Support.BookingPlacement>();
        services.AddScoped<AllocationRepository>();
        services.AddScoped<OfficeRepository>();
        services.AddScoped<RecoveryRepository>();
        services.AddScoped<RoomUseRepository>();
        services.AddScoped<AnnualSubmissionRepository>();
        services.AddScoped<Support.AnnualObligations>();
        services.AddScoped<Support.OfficeRelease>();
        services.AddScoped<Support.BuildingsViolations>();
        services.AddViolationSweep<Support.BuildingsViolationSweep>();
        services.AddHandlersFrom(typeof(BuildingsModule).Assembly);
        services.AddModuleMigrations(Name, typeof(BuildingsModule).Assembly);
        services.AddScopes(ReadScope, WriteScope);
        services.AddApiTag(SpaceTag, "办公用房 — buildings, floors and rooms (办公室用房、服务用房、设备用房、附属用房); retired, never deleted.");
        services.AddApiTag(BookingsTag, "会议室 — meeting-room bookings: availability, calendar, approval, recurring bookings and meeting services.");
        services.AddApiTag(AllocationsTag, "配置 — rooms allocated to organs with use agreement and certificate; approved office areas (核定面积) and over-standard findings; renting, lending and use by another unit, each with its approval.");
        services.AddApiTag(OfficesTag, "办公室 — offices of staff members, the per-person area standard (发改投资〔2014〕2674号) and per-person over-standard findings.");
        services.AddApiTag(RecoveryTag, "收回 — offices of transferred or retired staff (1 month) and second offices after the concurrent post ends (2 months): deadlines as rule data, overdue cases.");
        services.AddApiTag(ReportsTag, "报表 — per-organ area summary, annual publication (公示) of room use, annual filing (备案) of leaders' offices, vacant rooms; JSON or CSV.");
        return services;
    }

    public static IEndpointRouteBuilder MapBuildingsModule(this IEndpointRouteBuilder app) => BuildingsEndpoints.Map(app);
}
