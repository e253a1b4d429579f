using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Buildings.Features;

internal sealed record GetBuildingQuery(Guid Id) : IQuery<BuildingResponse>;

internal sealed class GetBuildingHandler(SpaceRepository space) : IRequestHandler<GetBuildingQuery, BuildingResponse>
{
    public async Task<BuildingResponse> Handle(GetBuildingQuery query, CancellationToken ct) =>
        (await space.GetBuildingAsync(query.Id, ct) ?? throw new ProblemException(BuildingsErrors.BuildingNotFound)).ToResponse();
}
