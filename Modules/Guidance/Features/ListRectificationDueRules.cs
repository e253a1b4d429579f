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

/// <summary>The rectification deadline rules (Guidance_ListRectificationDueRules): the route.</summary>
internal static class ListRectificationDueRules
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/rectification-due", Handle).WithName("Guidance_ListRectificationDueRules")
            .WithSummary("The rectification deadline rules by severity: every version (整改期限规则)")
            .WithDescription("With `jurisdiction`, the versions along its chain (division, prefecture, province, national).")
            .Produces<IReadOnlyList<RectificationDueRuleResponse>>().Problems(400)
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<RectificationDueRuleResponse>>> Handle(
        [FromQuery(Name = "jurisdiction")] string? jurisdiction, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListRectificationDueRulesQuery(jurisdiction), ct));
}

internal sealed record ListRectificationDueRulesQuery(string? Jurisdiction) : IQuery<IReadOnlyList<RectificationDueRuleResponse>>;

internal sealed class ListRectificationDueRulesValidator : AbstractValidator<ListRectificationDueRulesQuery>
{
    public ListRectificationDueRulesValidator() =>
        RuleFor(q => q.Jurisdiction).Must(j => j is null || Jurisdictions.IsJurisdiction(j)).OverridePropertyName("jurisdiction")
            .WithErrorCode(GuidanceErrors.Jurisdiction.Code).WithMessage(_ => GuidanceErrors.Jurisdiction.Title);
}

internal sealed class ListRectificationDueRulesHandler(GuidanceRuleRepository rules)
    : IRequestHandler<ListRectificationDueRulesQuery, IReadOnlyList<RectificationDueRuleResponse>>
{
    public async Task<IReadOnlyList<RectificationDueRuleResponse>> Handle(ListRectificationDueRulesQuery query, CancellationToken ct) =>
        (await rules.VersionsAsync(InspectionRules.RectificationDue, query.Jurisdiction is { } j ? Jurisdictions.ChainOf(j) : null, ct))
            .Select(r => r.ToRectificationResponse()).ToList();
}
