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

/// <summary>Add a version of a report type's due-date rule (Guidance_CreateReportDueRule): the route.</summary>
internal static class CreateReportDueRule
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/report-due", Handle).WithName("Guidance_CreateReportDueRule")
            .WithSummary("Add a version of a report type's due-date rule: N working days after the period ends (报送时限规则)")
            .WithDescription("Local values, no direction: the most specific version along the opening bureau's jurisdiction in force on the period's last day " +
                             "applies when a cycle is opened, and the due date is counted on the business calendar. The version in force on the new start ends " +
                             "the day before; a second version on the same start is 409 `guidance.rule-version-exists`. An unknown report type code is 400 " +
                             "`guidance.report-type-ref-not-found`. Admin scope, bureau only. Accepts Idempotency-Key.")
            .Produces<ReportDueRuleResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<ReportDueRuleResponse>> Handle(CreateReportDueRuleRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateReportDueRuleCommand(body), ct);
        return TypedResults.Created($"{GuidanceEndpoints.Root}/rules/report-due?reportTypeCode={rule.ReportTypeCode}", rule);
    }
}

internal sealed record CreateReportDueRuleCommand(CreateReportDueRuleRequest Body) : ICommand<ReportDueRuleResponse>;

internal sealed class CreateReportDueRuleValidator : AbstractValidator<CreateReportDueRuleCommand>
{
    public CreateReportDueRuleValidator()
    {
        RuleFor(c => c.Body.ReportTypeCode).NotEmpty().Must(ReportTypeCodes.IsCode)
            .WithErrorCode(GuidanceErrors.ReportCode.Code).WithMessage(_ => GuidanceErrors.ReportCode.Title);
        RuleFor(c => c.Body.Jurisdiction).NotEmpty().Must(Jurisdictions.IsJurisdiction)
            .WithErrorCode(GuidanceErrors.Jurisdiction.Code).WithMessage(_ => GuidanceErrors.Jurisdiction.Title);
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.WorkingDays).InclusiveBetween(1, 250);
        RuleFor(c => c.Body.Source).NotEmpty().MaximumLength(500);
        RuleFor(c => c.Body.Confidence).NotEmpty().Must(c => c is "H" or "M" or "U").WithErrorCode(FieldErrors.NotInList.Code);
    }
}

internal sealed class CreateReportDueRuleHandler(GuidanceRuleRepository rules, ReportingRepository reports, AuditTrail audit, IdGenerator ids, OrganScope scope)
    : IRequestHandler<CreateReportDueRuleCommand, ReportDueRuleResponse>
{
    public async Task<ReportDueRuleResponse> Handle(CreateReportDueRuleCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        if (await reports.GetTypeByCodeAsync(command.Body.ReportTypeCode, ct) is null)
        {
            throw ProblemException.ForField(GuidanceErrors.ReportTypeRefNotFound, "reportTypeCode");
        }
        return await ReportDueRules.AddAsync(rules, audit, ids, command.Body, ct);
    }
}
