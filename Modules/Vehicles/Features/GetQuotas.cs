using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>An organ's vehicle quota (Vehicles_GetQuotas): the route.</summary>
internal static class GetQuotas
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder quotas) =>
        quotas.MapGet("/{organId:guid}", Handle).WithName("Vehicles_GetQuotas")
            .WithSummary("An organ's vehicle quota (车辆编制) and its use")
            .WithDescription("Per category: approved and in use (vehicles not disposed). Another organ answers 404.")
            .Produces<QuotaResponse>().Problems(404)
            .RequireScope(VehiclesModule.ReadScope);

    private static async Task<Ok<QuotaResponse>> Handle(Guid organId, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetQuotasQuery(organId), ct));
}

internal sealed record GetQuotasQuery(Guid OrganId) : IQuery<QuotaResponse>;

internal sealed class GetQuotasHandler(VehicleRepository vehicles, OrganScope scope) : IRequestHandler<GetQuotasQuery, QuotaResponse>
{
    public async Task<QuotaResponse> Handle(GetQuotasQuery query, CancellationToken ct)
    {
        await scope.EnsureVisibleAsync(query.OrganId, VehiclesErrors.OrganQuotaNotFound, ct);
        return await QuotaMapping.ResponseAsync(vehicles, query.OrganId, ct);
    }
}
