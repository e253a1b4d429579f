using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Guidance.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Guidance.Features;

/// <summary>Get one violation of the dashboard (Guidance_GetViolation): the route.</summary>
internal static class GetViolation
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder violations) =>
        violations.MapGet("/{id:guid}", Handle).WithName("Guidance_GetViolation")
            .WithSummary("Get one violation by its source module's id (违规事项详情)")
            .WithDescription("A violation of an organ the caller may not see answers 404 like a missing one.")
            .Produces<GuidanceViolationResponse>().Problems(404)
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<Ok<GuidanceViolationResponse>> Handle(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetViolationQuery(id), ct));
}

internal sealed record GetViolationQuery(Guid Id) : IQuery<GuidanceViolationResponse>;

internal sealed class GetViolationHandler(ViolationRepository violations) : IRequestHandler<GetViolationQuery, GuidanceViolationResponse>
{
    public async Task<GuidanceViolationResponse> Handle(GetViolationQuery query, CancellationToken ct) =>
        (await violations.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(GuidanceErrors.ViolationNotFound)).ToResponse();
}
