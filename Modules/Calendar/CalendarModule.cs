using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Calendar.Data;
using OrganAffairs.Calendar.Support;
using OrganAffairs.Shared;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Mediation;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Calendar;

/// <summary>
/// The Calendar module (工作日历): working days with the State Council's holiday arrangement and its
/// make-up working days (调休), working hours with the lunch break, per jurisdiction (docs/adr/0018).
/// It serves <see cref="IBusinessCalendar"/>, the seam in Shared other modules compute deadlines with.
/// Read by every authenticated principal; edited with the admin scope by the bureau's own principals.
/// </summary>
public static class CalendarModule
{
    public const string Name = "calendar";
    internal const string Tag = "Calendar";

    public static IServiceCollection AddCalendarModule(this IServiceCollection services)
    {
        services.AddScoped<CalendarRepository>();
        services.AddScoped<DayChanges>();
        services.AddScoped<IBusinessCalendar, BusinessCalendar>();
        services.AddHandlersFrom(typeof(CalendarModule).Assembly);
        services.AddModuleMigrations(Name, typeof(CalendarModule).Assembly);
        services.AddApiTag(Tag, "工作日历 — working days (the State Council's holiday arrangement with 调休 make-up days, and local days), working hours with the lunch break, per jurisdiction; deadlines in working days and working minutes between instants. Read by any authenticated caller; edited by the bureau's admins.");
        return services;
    }

    public static IEndpointRouteBuilder MapCalendarModule(this IEndpointRouteBuilder app) => CalendarEndpoints.Map(app);
}
