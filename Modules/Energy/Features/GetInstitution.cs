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

/// <summary>Get a public institution, with its ETag (Energy_GetInstitution): the route.</summary>
internal static class GetInstitution
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder institutions) =>
        institutions.MapGet("/{id:guid}", Handle).WithName("Energy_GetInstitution")
            .WithSummary("Get a public institution, with its ETag (公共机构详情)")
            .WithDescription("Another organ's institution answers 404 like a missing one.")
            .Produces<InstitutionResponse>().Problems(404)
            .RequireScope(EnergyModule.ReadScope);

    private static async Task<Ok<InstitutionResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetInstitutionQuery(id), ct), i => i.Version);
}

internal sealed record GetInstitutionQuery(Guid Id) : IQuery<InstitutionResponse>;

internal sealed class GetInstitutionHandler(InstitutionRepository institutions) : IRequestHandler<GetInstitutionQuery, InstitutionResponse>
{
    public async Task<InstitutionResponse> Handle(GetInstitutionQuery query, CancellationToken ct) =>
        (await institutions.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(EnergyErrors.InstitutionNotFound)).ToResponse();
}
