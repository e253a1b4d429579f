using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Energy.Support;

namespace OrganAffairs.Energy.Features;

/// <summary>List the fuel densities (Energy_ListFuelDensities): the route; <see cref="ListCoefficientsHandler"/> answers it.</summary>
internal static class ListFuelDensities
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/densities", Handle).WithName("Energy_ListFuelDensities").ListsCoefficients(CoefficientTable.Density);

    private static async Task<Ok<IReadOnlyList<CoefficientResponse>>> Handle(string? jurisdiction, DateOnly? on, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListCoefficientsQuery(CoefficientTable.Density, jurisdiction, on), ct));
}
