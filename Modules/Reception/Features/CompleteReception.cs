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

/// <summary>Mark an approved reception as held (Reception_CompleteReception): the route.</summary>
internal static class CompleteReception
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder receptions) =>
        receptions.MapPost("/{id:guid}/complete", Handle).WithName("Reception_CompleteReception")
            .WithSummary("Mark an approved reception as held (接待完成)")
            .WithDescription("Approved → Completed; cost lines may still be recorded until it is settled.")
            .Produces<ReceptionResponse>().Problems(404, 409)
            .RequireScope(ReceptionModule.WriteScope);

    private static async Task<Ok<ReceptionResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new CompleteReceptionCommand(id), ct), r => r.Version);
}

internal sealed record CompleteReceptionCommand(Guid Id) : ICommand<ReceptionResponse>;

internal sealed class CompleteReceptionHandler(ReceptionWorkflow workflow) : IRequestHandler<CompleteReceptionCommand, ReceptionResponse>
{
    public async Task<ReceptionResponse> Handle(CompleteReceptionCommand command, CancellationToken ct)
    {
        var row = await workflow.LoadAsync(command.Id, ReceptionStatus.Completed, [ReceptionStatus.Approved], ct);
        return await workflow.MoveAsync(row, ReceptionStatus.Completed, null, ct);
    }
}
