using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Energy.Support;

namespace OrganAffairs.Energy.Features;

/// <summary>
/// Add a version of the fuel densities (Energy_CreateFuelDensity): the route; <see cref="CreateCoefficientHandler"/> answers it.
/// </summary>
internal static class CreateFuelDensity
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/densities", Handle).WithName("Energy_CreateFuelDensity").CreatesCoefficient(CoefficientTable.Density);

    private static async Task<Created<CoefficientResponse>> Handle(CreateCoefficientRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateCoefficientCommand(CoefficientTable.Density, body), ct);
        return TypedResults.Created($"{EnergyEndpoints.Root}/rules/densities?jurisdiction={rule.Jurisdiction}", rule);
    }
}
