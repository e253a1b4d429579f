using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Reception.Features;

/// <summary>Approve a submitted reception (Reception_ApproveReception): the route.</summary>
internal static class ApproveReception
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder receptions) =>
        receptions.MapPost("/{id:guid}/approve", Handle).WithName("Reception_ApproveReception")
            .WithSummary("Approve a submitted reception (审批); reserves its budget against the annual cap")
            .WithDescription("Submitted → Approved. When the organ has a cap for the reception's year, the budget is reserved against it; an approval that would pass the cap is 422 reception.over-cap (R9) unless the bureau raises the cap. Parallel approvals never pass the cap together.")
            .Produces<ReceptionResponse>().Problems(404, 409, 422)
            .RequireScope(ReceptionModule.WriteScope);

    private static async Task<Ok<ReceptionResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new ApproveReceptionCommand(id), ct), r => r.Version);
}

internal sealed record ApproveReceptionCommand(Guid Id) : ICommand<ReceptionResponse>;

internal sealed class ApproveReceptionHandler(ReceptionWorkflow workflow, CapLedger caps) : IRequestHandler<ApproveReceptionCommand, ReceptionResponse>
{
    public async Task<ReceptionResponse> Handle(ApproveReceptionCommand command, CancellationToken ct)
    {
        var row = await workflow.LoadAsync(command.Id, ReceptionStatus.Approved, [ReceptionStatus.Submitted], ct);
        await caps.ReserveAsync(row, ct);
        return await workflow.MoveAsync(row, ReceptionStatus.Approved, null, ct);
    }
}
