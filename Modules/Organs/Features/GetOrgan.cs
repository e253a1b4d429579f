using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Organs.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Organs.Features;

/// <summary>Get organ (Organs_GetOrgan): the route.</summary>
internal static class GetOrgan
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder organs) =>
        organs.MapGet("/{id:guid}", Handle).WithName("Organs_GetOrgan")
            .WithSummary("Get an organ, with its ETag (机关详情)")
            .WithDescription("The ETag header carries the organ's version; send it back as If-Match to update. Another organ's record answers 404 like a missing one.")
            .Produces<OrganResponse>().Problems(404)
            .RequireScope(OrgansModule.ReadScope);

    private static async Task<Ok<OrganResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetOrganByIdQuery(id), ct), o => o.Version);
}

internal sealed record GetOrganByIdQuery(Guid Id) : IQuery<OrganResponse>;

internal sealed class GetOrganByIdHandler(OrganRepository organs) : IRequestHandler<GetOrganByIdQuery, OrganResponse>
{
    public async Task<OrganResponse> Handle(GetOrganByIdQuery query, CancellationToken ct)
    {
        var row = await organs.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(OrgansErrors.OrganNotFound);
        return OrganMapping.ToResponse(row, await organs.HeadcountAsync([row.Id], ct));
    }
}
