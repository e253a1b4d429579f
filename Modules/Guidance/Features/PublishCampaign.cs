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

/// <summary>Publish a campaign's draw and results (Guidance_PublishCampaign): the route.</summary>
internal static class PublishCampaign
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder campaigns) =>
        campaigns.MapPost("/{id:guid}/publish", Handle).WithName("Guidance_PublishCampaign")
            .WithSummary("Publish a campaign's draw and results to every guidance reader (If-Match required; 结果公开)")
            .WithDescription("The bureau's own work (403 `auth.bureau-only`). Drawn → Published, once (409 `guidance.campaign-state`). Afterwards every " +
                             "guidance reader, every lower-level bureau included, sees the seed, the candidates, the draw and each drawn unit's finding " +
                             "counts; a finding's details stay with its own jurisdiction.")
            .Produces<CampaignResponse>().UpdateProblems(403)
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Ok<CampaignResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new PublishCampaignCommand(id, ETags.RequireIfMatch(http)), ct), c => c.Version);
}

internal sealed record PublishCampaignCommand(Guid Id, IfMatch IfMatch) : ICommand<CampaignResponse>;

internal sealed class PublishCampaignHandler(InspectionRepository repo, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<PublishCampaignCommand, CampaignResponse>
{
    public async Task<CampaignResponse> Handle(PublishCampaignCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var row = await repo.GetVisibleCampaignAsync(command.Id, ct) ?? throw new ProblemException(GuidanceErrors.CampaignNotFound);
        var expected = command.IfMatch.Against(row.Version);
        if (row.Status != nameof(CampaignStatus.Drawn))
        {
            throw new ProblemException(GuidanceErrors.CampaignState, detail: row.Status);
        }
        var before = await InspectionWrites.AnswerAsync(repo, scope, row, clock.Today, ct);
        row.Status = nameof(CampaignStatus.Published);
        row.PublishedAt = clock.UtcNow;
        await InspectionWrites.WriteCampaignAsync(repo, row, expected, ct);
        var after = await InspectionWrites.AnswerAsync(repo, scope, row, clock.Today, ct);
        audit.Record("InspectionCampaign", row.Id, null, AuditTrail.Diff(before, after));
        return after;
    }
}
