using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Energy.Support;

namespace OrganAffairs.Energy.Features;

/// <summary>List the standard-coal conversion coefficients (Energy_ListStandardCoalCoefficients): the route; <see cref="ListCoefficientsHandler"/> answers it.</summary>
internal static class ListStandardCoalCoefficients
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/standard-coal", Handle).WithName("Energy_ListStandardCoalCoefficients").ListsCoefficients(CoefficientTable.StandardCoal);

    private static async Task<Ok<IReadOnlyList<CoefficientResponse>>> Handle(string? jurisdiction, DateOnly? on, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListCoefficientsQuery(CoefficientTable.StandardCoal, jurisdiction, on), ct));
}
