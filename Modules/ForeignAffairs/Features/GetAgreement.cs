using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Get an agreement (ForeignAffairs_GetAgreement): the route.</summary>
internal static class GetAgreement
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder agreements) =>
        agreements.MapGet("/{id:guid}", Handle).WithName("ForeignAffairs_GetAgreement")
            .WithSummary("Get an agreement with its ETag, approval steps, renewal reminder and next anniversary (友好城市与协议详情)")
            .WithDescription("Another organ's agreement is 404. The next anniversary is the next 10-year interval from the signing on or after today.")
            .Produces<AgreementResponse>().Problems(404)
            .RequireScope(ForeignAffairsModule.ReadScope);

    private static async Task<Ok<AgreementResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetAgreementQuery(id), ct), a => a.Version);
}

internal sealed record GetAgreementQuery(Guid Id) : IQuery<AgreementResponse>;

internal sealed class GetAgreementHandler(AgreementRepository agreements, BusinessClock clock) : IRequestHandler<GetAgreementQuery, AgreementResponse>
{
    public async Task<AgreementResponse> Handle(GetAgreementQuery query, CancellationToken ct) =>
        (await agreements.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(ForeignAffairsErrors.AgreementNotFound)).ToResponse(clock.Today);
}
