using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Vehicles.Data;

namespace OrganAffairs.Vehicles.Features;

internal sealed record GetVehicleQuery(Guid Id) : IQuery<VehicleResponse>;

internal sealed class GetVehicleHandler(VehicleRepository vehicles) : IRequestHandler<GetVehicleQuery, VehicleResponse>
{
    public async Task<VehicleResponse> Handle(GetVehicleQuery query, CancellationToken ct) =>
        (await vehicles.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(VehiclesErrors.VehicleNotFound)).ToResponse();
}
