using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Features;

/// <summary>Get an office assignment (Buildings_GetAssignment): the route.</summary>
internal static class GetAssignment
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder assignments) =>
        assignments.MapGet("/{id:guid}", Handle).WithName("Buildings_GetAssignment")
            .WithSummary("Get an office assignment (办公室使用详情)")
            .WithDescription("Another organ's assignment answers 404 like a missing one.")
            .Produces<AssignmentResponse>().Problems(404)
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<Ok<AssignmentResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetAssignmentQuery(id), ct), a => a.Version);
}

internal sealed record GetAssignmentQuery(Guid Id) : IQuery<AssignmentResponse>;

internal sealed class GetAssignmentHandler(OfficeRepository offices) : IRequestHandler<GetAssignmentQuery, AssignmentResponse>
{
    public async Task<AssignmentResponse> Handle(GetAssignmentQuery query, CancellationToken ct) =>
        (await offices.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(BuildingsErrors.AssignmentNotFound)).ToResponse();
}
