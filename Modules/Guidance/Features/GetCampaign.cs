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

/// <summary>One inspection campaign (Guidance_GetCampaign): the route.</summary>
internal static class GetCampaign
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder campaigns) =>
        campaigns.MapGet("/{id:guid}", Handle).WithName("Guidance_GetCampaign")
            .WithSummary("Get an inspection campaign with its draw (seed, candidates, keys, ranks) and results (检查活动)")
            .WithDescription("The city bureau sees everything. A lower-level bureau sees a campaign once it is published (公开: every candidate, the seed " +
                             "and every drawn unit's result counts), or before that when one of its units was drawn (only its own units, no seed); " +
                             "otherwise 404 `guidance.campaign-not-found`. Anyone with the seed and the candidate list re-derives the draw: candidates " +
                             "ordered by SHA-256(seed ‖ id in lower-case D form), the first N drawn. The ETag is the version for If-Match.")
            .Produces<CampaignResponse>().Problems(404)
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<Ok<CampaignResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetCampaignQuery(id), ct), c => c.Version);
}

internal sealed record GetCampaignQuery(Guid Id) : IQuery<CampaignResponse>;

internal sealed class GetCampaignHandler(InspectionRepository repo, OrganScope scope, BusinessClock clock) : IRequestHandler<GetCampaignQuery, CampaignResponse>
{
    public async Task<CampaignResponse> Handle(GetCampaignQuery query, CancellationToken ct)
    {
        var row = await repo.GetVisibleCampaignAsync(query.Id, ct) ?? throw new ProblemException(GuidanceErrors.CampaignNotFound);
        return await InspectionWrites.AnswerAsync(repo, scope, row, clock.Today, ct);
    }
}
