using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Whether a vehicle may be renewed (Vehicles_GetRenewalEligibility): the route.</summary>
internal static class GetRenewalEligibility
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder vehicles) =>
        vehicles.MapGet("/{id:guid}/renewal-eligibility", Handle).WithName("Vehicles_GetRenewalEligibility")
            .WithSummary("Whether a vehicle may be renewed (更新条件) on a date")
            .WithDescription("By the renewal rule in force for the owning organ's division: age since purchase or odometer, whichever comes first — or both where the rule's condition is AgeAndMileage (V8). Default date: today (business time zone).")
            .Produces<RenewalEligibilityResponse>().Problems(400, 404, 422)
            .RequireScope(VehiclesModule.ReadScope);

    private static async Task<Ok<RenewalEligibilityResponse>> Handle(Guid id, [FromQuery(Name = "on")] DateOnly? on, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetRenewalEligibilityQuery(id, on), ct));
}

internal sealed record GetRenewalEligibilityQuery(Guid VehicleId, DateOnly? On) : IQuery<RenewalEligibilityResponse>;

internal sealed class GetRenewalEligibilityHandler(VehicleRepository vehicles, RuleRepository rules, IMediator mediator, BusinessClock clock)
    : IRequestHandler<GetRenewalEligibilityQuery, RenewalEligibilityResponse>
{
    public async Task<RenewalEligibilityResponse> Handle(GetRenewalEligibilityQuery query, CancellationToken ct)
    {
        var vehicle = await vehicles.GetVisibleAsync(query.VehicleId, ct) ?? throw new ProblemException(VehiclesErrors.VehicleNotFound);
        return await RenewalMapping.EligibilityAsync(rules, mediator, vehicle, query.On ?? clock.Today, ct);
    }
}
