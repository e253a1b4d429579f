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

/// <summary>A checklist template (Guidance_GetChecklistTemplate): the route.</summary>
internal static class GetChecklistTemplate
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder templates) =>
        templates.MapGet("/{code}", Handle).WithName("Guidance_GetChecklistTemplate")
            .WithSummary("Get a checklist template with the rule each item checks, e.g. the eight energy supervision items (检查清单模板)")
            .WithDescription("Seeded: `energy-supervision`, the eight items of 公共机构节能条例 Art. 35 (annual targets, metering and statistics, quota " +
                             "compliance, rules, energy-manager posts, system operation, energy audits, vehicles) with their source. An unknown code is 404.")
            .Produces<ChecklistTemplateResponse>().Problems(404)
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<Ok<ChecklistTemplateResponse>> Handle(string code, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetChecklistTemplateQuery(code), ct));
}

internal sealed record GetChecklistTemplateQuery(string Code) : IQuery<ChecklistTemplateResponse>;

internal sealed class GetChecklistTemplateHandler(InspectionRepository repo) : IRequestHandler<GetChecklistTemplateQuery, ChecklistTemplateResponse>
{
    public async Task<ChecklistTemplateResponse> Handle(GetChecklistTemplateQuery query, CancellationToken ct)
    {
        var items = query.Code.Length <= 60 ? await repo.TemplateAsync(query.Code, ct) : [];
        if (items.Count == 0)
        {
            throw new ProblemException(GuidanceErrors.ChecklistTemplateNotFound);
        }
        return new ChecklistTemplateResponse(query.Code, items.Select(i => new ChecklistItem(i.ItemCode, i.Title, i.RuleId, i.Source)).ToList());
    }
}
