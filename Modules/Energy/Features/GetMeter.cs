using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Features;

/// <summary>Get a meter with its register state, and its ETag (Energy_GetMeter): the route.</summary>
internal static class GetMeter
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder meters) =>
        meters.MapGet("/{id:guid}", Handle).WithName("Energy_GetMeter")
            .WithSummary("Get a meter with its register state, and its ETag (计量器具详情)")
            .WithDescription("lastReadAt and lastRegisterValue are what the next reading of a cumulative meter is measured against. Another organ's meter answers 404.")
            .Produces<MeterResponse>().Problems(404)
            .RequireScope(EnergyModule.ReadScope);

    private static async Task<Ok<MeterResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetMeterQuery(id), ct), m => m.Version);
}

internal sealed record GetMeterQuery(Guid Id) : IQuery<MeterResponse>;

internal sealed class GetMeterHandler(MeterRepository meters) : IRequestHandler<GetMeterQuery, MeterResponse>
{
    public async Task<MeterResponse> Handle(GetMeterQuery query, CancellationToken ct) =>
        (await meters.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(EnergyErrors.MeterNotFound)).ToResponse();
}
