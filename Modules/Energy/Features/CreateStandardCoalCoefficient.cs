using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Energy.Support;

namespace OrganAffairs.Energy.Features;

/// <summary>Add a version of the standard-coal conversion coefficients (Energy_CreateStandardCoalCoefficient): the route; <see cref="CreateCoefficientHandler"/> answers it.</summary>
internal static class CreateStandardCoalCoefficient
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/standard-coal", Handle).WithName("Energy_CreateStandardCoalCoefficient").CreatesCoefficient(CoefficientTable.StandardCoal);

    private static async Task<Created<CoefficientResponse>> Handle(CreateCoefficientRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateCoefficientCommand(CoefficientTable.StandardCoal, body), ct);
        return TypedResults.Created($"{EnergyEndpoints.Root}/rules/standard-coal?jurisdiction={rule.Jurisdiction}", rule);
    }
}
