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
using OrganAffairs.Guidance.Data;
using OrganAffairs.Guidance.Domain;
using OrganAffairs.Guidance.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Guidance.Features;

/// <summary>The document timer rules (Guidance_ListDocumentTimerRules): the route.</summary>
internal static class ListDocumentTimerRules
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/document-timers", Handle).WithName("Guidance_ListDocumentTimerRules")
            .WithSummary("The register's timer rules by document type: every version (制度时限规则)")
            .WithDescription("With `jurisdiction`, the versions along its chain (division, prefecture, province, national).")
            .Produces<IReadOnlyList<DocumentTimerRuleResponse>>().Problems(400)
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<DocumentTimerRuleResponse>>> Handle(
        [FromQuery(Name = "jurisdiction")] string? jurisdiction, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListDocumentTimerRulesQuery(jurisdiction), ct));
}

internal sealed record ListDocumentTimerRulesQuery(string? Jurisdiction) : IQuery<IReadOnlyList<DocumentTimerRuleResponse>>;

internal sealed class ListDocumentTimerRulesValidator : AbstractValidator<ListDocumentTimerRulesQuery>
{
    public ListDocumentTimerRulesValidator() =>
        RuleFor(q => q.Jurisdiction).Must(j => j is null || Jurisdictions.IsJurisdiction(j)).OverridePropertyName("jurisdiction")
            .WithErrorCode(GuidanceErrors.Jurisdiction.Code).WithMessage(_ => GuidanceErrors.Jurisdiction.Title);
}

internal sealed class ListDocumentTimerRulesHandler(GuidanceRuleRepository rules)
    : IRequestHandler<ListDocumentTimerRulesQuery, IReadOnlyList<DocumentTimerRuleResponse>>
{
    public async Task<IReadOnlyList<DocumentTimerRuleResponse>> Handle(ListDocumentTimerRulesQuery query, CancellationToken ct) =>
        (await rules.VersionsAsync(DocumentTimerRules.Kind, query.Jurisdiction is { } j ? Jurisdictions.ChainOf(j) : null, ct))
            .Select(r => r.ToTimerResponse()).ToList();
}
