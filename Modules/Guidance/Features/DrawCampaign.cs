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

/// <summary>Draw the inspected units and inspectors (Guidance_DrawCampaign): the route.</summary>
internal static class DrawCampaign
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder campaigns) =>
        campaigns.MapPost("/{id:guid}/draw", Handle).WithName("Guidance_DrawCampaign")
            .WithSummary("Draw the units to inspect and the inspectors at random, reproducibly from a recorded seed (If-Match required; 双随机抽取)")
            .WithDescription("The bureau's own work (403 `auth.bureau-only`). Planned → Drawn, once (409 `guidance.campaign-state`). Each candidate's key is " +
                             "SHA-256 over the seed's UTF-8 bytes followed by the id's lower-case D form, in lower-case hex; candidates are ordered by key " +
                             "and the first `unitCount` units and `inspectorCount` inspectors are drawn (400 `guidance.draw-count-invalid` beyond the " +
                             "candidates). Without `seed`, 32 random bytes in hex; the seed, every key and rank are recorded and shown.")
            .Produces<CampaignResponse>().UpdateProblems(403)
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Ok<CampaignResponse>> Handle(Guid id, DrawCampaignRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new DrawCampaignCommand(id, ETags.RequireIfMatch(http), body), ct), c => c.Version);
}

internal sealed record DrawCampaignCommand(Guid Id, IfMatch IfMatch, DrawCampaignRequest Body) : ICommand<CampaignResponse>;

internal sealed class DrawCampaignValidator : AbstractValidator<DrawCampaignCommand>
{
    public DrawCampaignValidator()
    {
        RuleFor(c => c.Body.UnitCount).InclusiveBetween(1, CreateCampaign.MaxUnits)
            .WithErrorCode(GuidanceErrors.DrawCountInvalid.Code).WithMessage(_ => GuidanceErrors.DrawCountInvalid.Title);
        RuleFor(c => c.Body.InspectorCount).InclusiveBetween(1, CreateCampaign.MaxInspectors)
            .WithErrorCode(GuidanceErrors.DrawCountInvalid.Code).WithMessage(_ => GuidanceErrors.DrawCountInvalid.Title);
        RuleFor(c => c.Body.Seed).Must(s => s is null || RandomDraw.IsSeed(s))
            .WithErrorCode(GuidanceErrors.SeedInvalid.Code).WithMessage(_ => GuidanceErrors.SeedInvalid.Title);
    }
}

internal sealed class DrawCampaignHandler(InspectionRepository repo, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<DrawCampaignCommand, CampaignResponse>
{
    public async Task<CampaignResponse> Handle(DrawCampaignCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var row = await repo.GetVisibleCampaignAsync(command.Id, ct) ?? throw new ProblemException(GuidanceErrors.CampaignNotFound);
        var expected = command.IfMatch.Against(row.Version);
        if (row.Status != nameof(CampaignStatus.Planned))
        {
            throw new ProblemException(GuidanceErrors.CampaignState, detail: row.Status);
        }
        var units = await repo.UnitsAsync(row.Id, ct);
        var inspectors = InspectionMapping.Read<List<InspectorEntry>>(row.Inspectors);
        if (command.Body.UnitCount > units.Count)
        {
            throw ProblemException.ForField(GuidanceErrors.DrawCountInvalid, "unitCount");
        }
        if (command.Body.InspectorCount > inspectors.Count)
        {
            throw ProblemException.ForField(GuidanceErrors.DrawCountInvalid, "inspectorCount");
        }
        var before = await InspectionWrites.AnswerAsync(repo, scope, row, clock.Today, ct);
        var seed = command.Body.Seed ?? RandomDraw.NewSeed();
        var unitOrder = RandomDraw.Order(seed, units.Select(u => u.OrganId)).Select((c, i) => (c.Id, c.Key, Rank: i + 1)).ToDictionary(c => c.Id);
        foreach (var unit in units)
        {
            var (_, key, rank) = unitOrder[unit.OrganId];
            unit.DrawKey = key;
            unit.DrawnRank = rank <= command.Body.UnitCount ? rank : null;
        }
        var inspectorOrder = RandomDraw.Order(seed, inspectors.Select(i => i.Id)).Select((c, i) => (c.Id, c.Key, Rank: i + 1)).ToDictionary(c => c.Id);
        row.Inspectors = InspectionMapping.Write(inspectors.Select(i =>
        {
            var (_, key, rank) = inspectorOrder[i.Id];
            return new InspectorEntry(i.Id, key, rank <= command.Body.InspectorCount ? rank : null);
        }).ToList());
        row.Seed = seed;
        row.UnitCount = command.Body.UnitCount;
        row.InspectorCount = command.Body.InspectorCount;
        row.Status = nameof(CampaignStatus.Drawn);
        row.DrawnAt = clock.UtcNow;
        await InspectionWrites.WriteCampaignAsync(repo, row, expected, ct);
        await repo.UpdateUnitDrawAsync(units, ct);
        var after = await InspectionWrites.AnswerAsync(repo, scope, row, clock.Today, ct);
        audit.Record("InspectionCampaign", row.Id, null, AuditTrail.Diff(before, after));
        return after;
    }
}
