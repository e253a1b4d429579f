using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Logistics.Features;

/// <summary>
/// The steps of a work order that carry only a note or a reason — triage, arrival on site, hold, resume, resolution,
/// cancellation — as one command: each route file names its action; the state machine and the clock do the rest.
/// </summary>
internal sealed record StepWorkOrderCommand(Guid Id, IfMatch IfMatch, WorkOrderAction Action, string? Note) : ICommand<WorkOrderResponse>
{
    /// <summary>Hold and cancel give a reason; the others an optional note.</summary>
    public bool NeedsReason => Action is WorkOrderAction.PutOnHold or WorkOrderAction.Cancelled;

    /// <summary>What a step's route sends: the If-Match version and the note or reason, answered with the new ETag.</summary>
    public static async Task<Ok<WorkOrderResponse>> SendAsync(Guid id, WorkOrderAction action, string? note, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new StepWorkOrderCommand(id, ETags.RequireIfMatch(http), action, note), ct), o => o.Version);
}

internal sealed class StepWorkOrderValidator : AbstractValidator<StepWorkOrderCommand>
{
    public StepWorkOrderValidator()
    {
        RuleFor(c => c.Note).MaximumLength(500).When(c => !c.NeedsReason);
        RuleFor(c => c.Note).NotEmpty().MaximumLength(500).When(c => c.NeedsReason).OverridePropertyName("reason");
    }
}

internal sealed class StepWorkOrderHandler(WorkOrderWorkflow workflow) : IRequestHandler<StepWorkOrderCommand, WorkOrderResponse>
{
    public async Task<WorkOrderResponse> Handle(StepWorkOrderCommand command, CancellationToken ct)
    {
        var row = await workflow.LoadAsync(command.Id, command.IfMatch, command.Action, ct);
        var from = row.Status;
        return await workflow.MoveAsync(row, command.Action, null, command.Note, (r, now) =>
        {
            switch (command.Action)
            {
                case WorkOrderAction.ArrivedOnSite:
                    r.OnSiteAt ??= now;
                    break;
                case WorkOrderAction.PutOnHold:
                    r.HeldFrom = from;
                    r.HoldReason = command.Note!.Trim();
                    break;
                case WorkOrderAction.Resumed:
                    r.HeldFrom = null;
                    r.HoldReason = null;
                    break;
                case WorkOrderAction.Resolved:
                    r.ResolvedAt = now;
                    break;
            }
        }, ct);
    }
}
