using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Calendar.Features;

namespace OrganAffairs.Calendar;

/// <summary>The Calendar module's index: one line per operation, in the contract's order; each route is in its feature file.</summary>
internal static class CalendarEndpoints
{
    internal const string Root = "/api/v1/calendar";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var calendar = app.MapGroup(Root).WithTags(CalendarModule.Tag);
        GetDate.Map(calendar);
        AddWorkingDays.Map(calendar);
        GetWorkingMinutes.Map(calendar);

        var years = app.MapGroup(Root + "/years").WithTags(CalendarModule.Tag);
        GetYear.Map(years);
        UpdateYear.Map(years);

        var days = app.MapGroup(Root + "/days").WithTags(CalendarModule.Tag);
        ListDays.Map(days);
        CreateDay.Map(days);
        GetDay.Map(days);
        UpdateDay.Map(days);
        RetireDay.Map(days);

        var hours = app.MapGroup(Root + "/working-hours").WithTags(CalendarModule.Tag);
        ListWorkingHours.Map(hours);
        CreateWorkingHours.Map(hours);
        return app;
    }
}
