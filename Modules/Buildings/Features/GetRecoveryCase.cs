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
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>Get a recovery case (Buildings_GetRecoveryCase): the route.</summary>
internal static class GetRecoveryCase
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder recovery) =>
        recovery.MapGet("/{id:guid}", Handle).WithName("Buildings_GetRecoveryCase")
            .WithSummary("Get a recovery case (腾退案件详情)")
            .WithDescription("Another organ's case answers 404 like a missing one.")
            .Produces<RecoveryCaseResponse>().Problems(404)
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<Ok<RecoveryCaseResponse>> Handle(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetRecoveryCaseQuery(id), ct));
}

internal sealed record GetRecoveryCaseQuery(Guid Id) : IQuery<RecoveryCaseResponse>;

internal sealed class GetRecoveryCaseHandler(RecoveryRepository recovery, BusinessClock clock) : IRequestHandler<GetRecoveryCaseQuery, RecoveryCaseResponse>
{
    public async Task<RecoveryCaseResponse> Handle(GetRecoveryCaseQuery query, CancellationToken ct) =>
        (await recovery.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(BuildingsErrors.RecoveryCaseNotFound)).ToResponse(clock.Today);
}
