using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Mark a reminder done (Vehicles_CompleteReminder): the route.</summary>
internal static class CompleteReminder
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder vehicles) =>
        vehicles.MapPost("/reminders/{id:guid}/done", Handle).WithName("Vehicles_CompleteReminder")
            .WithSummary("Mark a reminder done (完成提醒)")
            .WithDescription("A done reminder cannot be done again (409).")
            .Produces<ReminderResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(VehiclesModule.WriteScope);

    private static async Task<Ok<ReminderResponse>> Handle(Guid id, CompleteReminderRequest body, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new CompleteReminderCommand(id, body), ct));
}

internal sealed record CompleteReminderCommand(Guid Id, CompleteReminderRequest Body) : ICommand<ReminderResponse>;

internal sealed class CompleteReminderValidator : AbstractValidator<CompleteReminderCommand>
{
    public CompleteReminderValidator() => RuleFor(c => c.Body.DoneOn).NotEmpty();
}

internal sealed class CompleteReminderHandler(ReminderRepository reminders, VehicleViolations violations, AuditTrail audit, BusinessClock clock) : IRequestHandler<CompleteReminderCommand, ReminderResponse>
{
    public async Task<ReminderResponse> Handle(CompleteReminderCommand command, CancellationToken ct)
    {
        var row = await reminders.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(VehiclesErrors.ReminderNotFound);
        if (row.DoneOn is not null)
        {
            throw new ProblemException(VehiclesErrors.ReminderDone);
        }
        await reminders.SetDoneAsync(row.Id, command.Body.DoneOn, ct);
        audit.Record("VehicleReminder", row.Id, row.OrganId, new Dictionary<string, FieldChange> { ["doneOn"] = new(null, command.Body.DoneOn) });
        row.DoneOn = command.Body.DoneOn;
        await violations.CloseReminderAsync(row.Id, clock.Today, ViolationCloseReason.Corrected, $"done {command.Body.DoneOn:yyyy-MM-dd}", ct);
        return ReminderMapping.ToResponse(row, clock.Today, ReminderMapping.DefaultDays, ReminderMapping.DefaultKm);
    }
}
