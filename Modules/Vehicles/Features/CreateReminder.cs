using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Add a reminder to a vehicle (Vehicles_CreateReminder): the route.</summary>
internal static class CreateReminder
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder vehicles) =>
        vehicles.MapPost("/{id:guid}/reminders", Handle).WithName("Vehicles_CreateReminder")
            .WithSummary("Add a maintenance, insurance or annual-inspection reminder (新增保养、保险或年检提醒)")
            .WithDescription("Due on a date, at a mileage, or both (whichever comes first). Accepts Idempotency-Key.")
            .Produces<ReminderResponse>(StatusCodes.Status201Created).CreateProblems(404)
            .RequireScope(VehiclesModule.WriteScope);

    private static async Task<Created<ReminderResponse>> Handle(Guid id, CreateReminderRequest body, IMediator mediator, CancellationToken ct)
    {
        var reminder = await mediator.Send(new CreateReminderCommand(id, body), ct);
        return TypedResults.Created($"{VehiclesEndpoints.Root}/reminders?vehicleId={id}", reminder);
    }
}

internal sealed record CreateReminderCommand(Guid VehicleId, CreateReminderRequest Body) : ICommand<ReminderResponse>;

internal sealed class CreateReminderValidator : AbstractValidator<CreateReminderCommand>
{
    public CreateReminderValidator()
    {
        RuleFor(c => c.Body.Kind).IsInEnum();
        RuleFor(c => c.Body.DueKm).InclusiveBetween(1, 3_000_000);
        RuleFor(c => c.Body.DueOn).NotNull().When(c => c.Body.DueKm is null)
            .WithErrorCode(VehiclesErrors.ReminderDue.Code).WithMessage(_ => VehiclesErrors.ReminderDue.Title);
        RuleFor(c => c.Body.Note).MaximumLength(500);
    }
}

internal sealed class CreateReminderHandler(VehicleRepository vehicles, ReminderRepository reminders, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateReminderCommand, ReminderResponse>
{
    public async Task<ReminderResponse> Handle(CreateReminderCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var vehicle = await vehicles.GetVisibleAsync(command.VehicleId, ct) ?? throw new ProblemException(VehiclesErrors.VehicleNotFound);
        if (vehicle.Status == VehicleStatus.Disposed)
        {
            throw new ProblemException(VehiclesErrors.VehicleDisposed);
        }
        var row = new ReminderRow
        {
            Id = ids.NewId(), VehicleId = vehicle.Id, OrganId = vehicle.OrganId, Kind = b.Kind, DueOn = b.DueOn, DueKm = b.DueKm, Note = b.Note?.Trim(),
            CreatedAt = clock.UtcNow, Plate = vehicle.Plate, OdometerKm = vehicle.OdometerKm,
        };
        await reminders.InsertAsync(row, ct);
        var response = ReminderMapping.ToResponse(row, clock.Today, ReminderMapping.DefaultDays, ReminderMapping.DefaultKm);
        audit.Record("VehicleReminder", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}
