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

/// <summary>Get an allocation (Buildings_GetAllocation): the route.</summary>
internal static class GetAllocation
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder allocations) =>
        allocations.MapGet("/{id:guid}", Handle).WithName("Buildings_GetAllocation")
            .WithSummary("Get an allocation (办公用房配置详情)")
            .WithDescription("Another organ's allocation answers 404 like a missing one.")
            .Produces<AllocationResponse>().Problems(404)
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<Ok<AllocationResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetAllocationQuery(id), ct), a => a.Version);
}

internal sealed record GetAllocationQuery(Guid Id) : IQuery<AllocationResponse>;

/// <summary>Another organ's allocation answers 404 like a missing one.</summary>
internal sealed class GetAllocationHandler(AllocationRepository allocations) : IRequestHandler<GetAllocationQuery, AllocationResponse>
{
    public async Task<AllocationResponse> Handle(GetAllocationQuery query, CancellationToken ct) =>
        (await allocations.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(BuildingsErrors.AllocationNotFound)).ToResponse();
}
