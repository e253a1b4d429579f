using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
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

/// <summary>The due-date rules (Guidance_ListReportDueRules): the route.</summary>
internal static class ListReportDueRules
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/report-due", Handle).WithName("Guidance_ListReportDueRules")
            .WithSummary("The report types' due-date rules: every version, or one type's (报送时限规则)")
            .WithDescription("With `reportTypeCode`, that type's versions; with `jurisdiction`, the versions along its chain (division, prefecture, province, national).")
            .Produces<IReadOnlyList<ReportDueRuleResponse>>().Problems(400)
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<ReportDueRuleResponse>>> Handle(
        [FromQuery(Name = "reportTypeCode")] string? reportTypeCode, [FromQuery(Name = "jurisdiction")] string? jurisdiction, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListReportDueRulesQuery(reportTypeCode, jurisdiction), ct));
}

internal sealed record ListReportDueRulesQuery(string? ReportTypeCode, string? Jurisdiction) : IQuery<IReadOnlyList<ReportDueRuleResponse>>;

internal sealed class ListReportDueRulesValidator : AbstractValidator<ListReportDueRulesQuery>
{
    public ListReportDueRulesValidator()
    {
        RuleFor(q => q.Jurisdiction).Must(j => j is null || Jurisdictions.IsJurisdiction(j)).OverridePropertyName("jurisdiction")
            .WithErrorCode(GuidanceErrors.Jurisdiction.Code).WithMessage(_ => GuidanceErrors.Jurisdiction.Title);
        RuleFor(q => q.ReportTypeCode).Must(c => c is null || ReportTypeCodes.IsCode(c)).OverridePropertyName("reportTypeCode")
            .WithErrorCode(GuidanceErrors.ReportCode.Code).WithMessage(_ => GuidanceErrors.ReportCode.Title);
    }
}

internal sealed class ListReportDueRulesHandler(GuidanceRuleRepository rules) : IRequestHandler<ListReportDueRulesQuery, IReadOnlyList<ReportDueRuleResponse>>
{
    public async Task<IReadOnlyList<ReportDueRuleResponse>> Handle(ListReportDueRulesQuery query, CancellationToken ct) =>
        (await rules.VersionsAsync(GuidanceRuleTables.ReportDue, query.Jurisdiction is { } j ? Jurisdictions.ChainOf(j) : null, ct))
            .Where(r => query.ReportTypeCode is null || r.RuleKey == query.ReportTypeCode).Select(r => r.ToDueResponse()).ToList();
}
