using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Buildings.Features;

internal sealed record GetAllocationQuery(Guid Id) : IQuery<AllocationResponse>;

/// <summary>Another organ's allocation answers 404 like a missing one.</summary>
internal sealed class GetAllocationHandler(AllocationRepository allocations) : IRequestHandler<GetAllocationQuery, AllocationResponse>
{
    public async Task<AllocationResponse> Handle(GetAllocationQuery query, CancellationToken ct) =>
        (await allocations.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(BuildingsErrors.AllocationNotFound)).ToResponse();
}
