using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Open reminders (Vehicles_ListReminders): the route.</summary>
internal static class ListReminders
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder vehicles) =>
        vehicles.MapGet("/reminders", Handle).WithName("Vehicles_ListReminders")
            .WithSummary("Open reminders: overdue and upcoming (待办提醒)")
            .WithDescription("state: Overdue (due date passed — due today is not yet overdue — or mileage reached), Upcoming (due within withinDays, default 30, or withinKm, default 1000), Later. Filters organId, vehicleId. Ordered overdue first, then by due date.")
            .Produces<PagedResult<ReminderResponse>>().Problems(400).StrictEnums<ReminderListParameters>()
            .RequireScope(VehiclesModule.ReadScope);

    private static async Task<Ok<PagedResult<ReminderResponse>>> Handle([AsParameters] ReminderListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListRemindersQuery(p.State, p.OrganId, p.VehicleId, p.WithinDays ?? ReminderMapping.DefaultDays,
            p.WithinKm ?? ReminderMapping.DefaultKm, PageRequest.From(p.Page, p.PageSize)), ct));
}

/// <summary>Query parameters of GET /api/v1/vehicles/reminders.</summary>
internal sealed record ReminderListParameters
{
    [FromQuery(Name = "state")] public ReminderState? State { get; init; }
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "vehicleId")] public Guid? VehicleId { get; init; }
    [FromQuery(Name = "withinDays")] public int? WithinDays { get; init; }
    [FromQuery(Name = "withinKm")] public int? WithinKm { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
}

/// <summary>Open reminders in a state today: Overdue, or Upcoming within withinDays / withinKm.</summary>
internal sealed record ListRemindersQuery(ReminderState? State, Guid? OrganId, Guid? VehicleId, int WithinDays, int WithinKm, PageRequest Page)
    : IQuery<PagedResult<ReminderResponse>>;

internal sealed class ListRemindersValidator : AbstractValidator<ListRemindersQuery>
{
    public ListRemindersValidator()
    {
        RuleFor(q => q.WithinDays).InclusiveBetween(0, 366).OverridePropertyName("withinDays");
        RuleFor(q => q.WithinKm).InclusiveBetween(0, 100_000).OverridePropertyName("withinKm");
        RuleFor(q => q.State).Must(s => s is null or ReminderState.Overdue or ReminderState.Upcoming or ReminderState.Later)
            .WithErrorCode(VehiclesErrors.ReminderStateFilter.Code).WithMessage(_ => VehiclesErrors.ReminderStateFilter.Title).OverridePropertyName("state");
    }
}

internal sealed class ListRemindersHandler(ReminderRepository reminders, BusinessClock clock) : IRequestHandler<ListRemindersQuery, PagedResult<ReminderResponse>>
{
    public async Task<PagedResult<ReminderResponse>> Handle(ListRemindersQuery query, CancellationToken ct)
    {
        var today = clock.Today;
        var all = (await reminders.OpenAsync(query.OrganId, query.VehicleId, ct))
            .Select(r => ReminderMapping.ToResponse(r, today, query.WithinDays, query.WithinKm))
            .Where(r => query.State is null || r.State == query.State)
            .OrderBy(r => r.State).ThenBy(r => r.DueOn ?? DateOnly.MaxValue).ThenBy(r => r.Id)
            .ToList();
        return new PagedResult<ReminderResponse>(all.Skip(query.Page.Skip).Take(query.Page.Take).ToList(), query.Page.Page, query.Page.PageSize, all.Count);
    }
}
