using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Reception.Features;

/// <summary>Get a reception (Reception_GetReception): the route.</summary>
internal static class GetReception
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder receptions) =>
        receptions.MapGet("/{id:guid}", Handle).WithName("Reception_GetReception")
            .WithSummary("Get a reception, with its ETag (公务接待详情)")
            .WithDescription("Another organ's reception answers 404 like a missing one.")
            .Produces<ReceptionResponse>().Problems(404)
            .RequireScope(ReceptionModule.ReadScope);

    private static async Task<Ok<ReceptionResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetReceptionQuery(id), ct), r => r.Version);
}

internal sealed record GetReceptionQuery(Guid Id) : IQuery<ReceptionResponse>;

internal sealed class GetReceptionHandler(ReceptionRepository receptions) : IRequestHandler<GetReceptionQuery, ReceptionResponse>
{
    public async Task<ReceptionResponse> Handle(GetReceptionQuery query, CancellationToken ct) =>
        (await receptions.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(ReceptionErrors.ReceptionNotFound)).ToResponse();
}
