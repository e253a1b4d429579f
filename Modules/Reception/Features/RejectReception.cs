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

/// <summary>Reject a submitted reception (Reception_RejectReception): the route.</summary>
internal static class RejectReception
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder receptions) =>
        receptions.MapPost("/{id:guid}/reject", Handle).WithName("Reception_RejectReception")
            .WithSummary("Reject a submitted reception, with the reason (驳回公务接待)")
            .WithDescription("Submitted → Rejected. The letter stays bound to it (一函一事).")
            .Produces<ReceptionResponse>().Problems(400, 404, 409)
            .RequireScope(ReceptionModule.WriteScope);

    private static async Task<Ok<ReceptionResponse>> Handle(Guid id, ReceptionReasonRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new RejectReceptionCommand(id, body.Reason), ct), r => r.Version);
}

internal sealed record RejectReceptionCommand(Guid Id, string Reason) : ICommand<ReceptionResponse>;

internal sealed class RejectReceptionValidator : AbstractValidator<RejectReceptionCommand>
{
    public RejectReceptionValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
}

internal sealed class RejectReceptionHandler(ReceptionWorkflow workflow) : IRequestHandler<RejectReceptionCommand, ReceptionResponse>
{
    public async Task<ReceptionResponse> Handle(RejectReceptionCommand command, CancellationToken ct)
    {
        var row = await workflow.LoadAsync(command.Id, ReceptionStatus.Rejected, [ReceptionStatus.Submitted], ct);
        return await workflow.MoveAsync(row, ReceptionStatus.Rejected, command.Reason, ct);
    }
}
