using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Energy.Support;

namespace OrganAffairs.Energy.Features;

/// <summary>List the CO₂ emission factors (Energy_ListCo2Factors): the route; <see cref="ListCoefficientsHandler"/> answers it.</summary>
internal static class ListCo2Factors
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/co2-factors", Handle).WithName("Energy_ListCo2Factors").ListsCoefficients(CoefficientTable.Co2);

    private static async Task<Ok<IReadOnlyList<CoefficientResponse>>> Handle(string? jurisdiction, DateOnly? on, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListCoefficientsQuery(CoefficientTable.Co2, jurisdiction, on), ct));
}
