using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Energy.Support;

namespace OrganAffairs.Energy.Features;

/// <summary>Add a version of the CO₂ emission factors (Energy_CreateCo2Factor): the route; <see cref="CreateCoefficientHandler"/> answers it.</summary>
internal static class CreateCo2Factor
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/co2-factors", Handle).WithName("Energy_CreateCo2Factor").CreatesCoefficient(CoefficientTable.Co2);

    private static async Task<Created<CoefficientResponse>> Handle(CreateCoefficientRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateCoefficientCommand(CoefficientTable.Co2, body), ct);
        return TypedResults.Created($"{EnergyEndpoints.Root}/rules/co2-factors?jurisdiction={rule.Jurisdiction}", rule);
    }
}
