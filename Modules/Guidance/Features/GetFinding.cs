using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Guidance.Domain;
using OrganAffairs.Guidance.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Guidance.Features;

/// <summary>One finding (Guidance_GetFinding): the route.</summary>
internal static class GetFinding
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder findings) =>
        findings.MapGet("/{id:guid}", Handle).WithName("Guidance_GetFinding")
            .WithSummary("Get a finding with its rectification: deadline, reports, review, notice (检查问题与整改)")
            .WithDescription("Another jurisdiction's finding is 404 `guidance.finding-not-found`. The ETag is the version for If-Match.")
            .Produces<FindingResponse>().Problems(404)
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<Ok<FindingResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetFindingQuery(id), ct), f => f.Version);
}

internal sealed record GetFindingQuery(Guid Id) : IQuery<FindingResponse>;

internal sealed class GetFindingHandler(InspectionRepository repo, BusinessClock clock) : IRequestHandler<GetFindingQuery, FindingResponse>
{
    public async Task<FindingResponse> Handle(GetFindingQuery query, CancellationToken ct) =>
        (await repo.GetVisibleFindingAsync(query.Id, ct) ?? throw new ProblemException(GuidanceErrors.FindingNotFound)).ToResponse(clock.Today);
}
