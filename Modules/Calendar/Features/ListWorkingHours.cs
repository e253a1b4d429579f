using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Calendar.Data;
using OrganAffairs.Calendar.Support;
using OrganAffairs.Contracts.Calendar;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Calendar.Features;

/// <summary>The working-hours rule table (Calendar_ListWorkingHours): the route.</summary>
internal static class ListWorkingHours
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder hours) =>
        hours.MapGet("/", Handle).WithName("Calendar_ListWorkingHours")
            .WithSummary("Working hours (作息时间): every version, or the version in force on a date")
            .WithDescription("Without `on`: every version, of `jurisdiction` when given. With `on` (and `jurisdiction`, required then): the one version in force that day, the most specific of the jurisdiction, its prefecture, its province and national (an empty list when none is). Any authenticated caller.")
            .Produces<IReadOnlyList<WorkingHoursResponse>>().Problems(400);

    private static async Task<Ok<IReadOnlyList<WorkingHoursResponse>>> Handle([AsParameters] WorkingHoursListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListWorkingHoursQuery(p.Jurisdiction, p.On), ct));
}

/// <summary>Query parameters of GET /api/v1/calendar/working-hours.</summary>
internal sealed record WorkingHoursListParameters
{
    [FromQuery(Name = "jurisdiction")] public string? Jurisdiction { get; init; }
    [FromQuery(Name = "on")] public DateOnly? On { get; init; }
}

internal sealed record ListWorkingHoursQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<WorkingHoursResponse>>;

internal sealed class ListWorkingHoursValidator : AbstractValidator<ListWorkingHoursQuery>
{
    public ListWorkingHoursValidator()
    {
        RuleFor(q => q.Jurisdiction!).CalendarJurisdiction().When(q => q.Jurisdiction is not null || q.On is not null);
    }
}

internal sealed class ListWorkingHoursHandler(CalendarRepository calendar) : IRequestHandler<ListWorkingHoursQuery, IReadOnlyList<WorkingHoursResponse>>
{
    public async Task<IReadOnlyList<WorkingHoursResponse>> Handle(ListWorkingHoursQuery query, CancellationToken ct)
    {
        if (query.On is not { } on)
        {
            var all = await calendar.HoursAsync(query.Jurisdiction is null ? null : [query.Jurisdiction], ct);
            return all.Select(h => h.ToResponse()).ToList();
        }
        var versions = await calendar.HoursAsync(Jurisdictions.ChainOf(query.Jurisdiction), ct);
        return RuleResolver.Resolve(versions, query.Jurisdiction, on) is { } inForce ? [inForce.ToResponse()] : [];
    }
}
