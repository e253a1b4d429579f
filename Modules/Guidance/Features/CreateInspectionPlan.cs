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

/// <summary>Create an annual inspection plan (Guidance_CreateInspectionPlan): the route.</summary>
internal static class CreateInspectionPlan
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder plans) =>
        plans.MapPost("/", Handle).WithName("Guidance_CreateInspectionPlan")
            .WithSummary("Create the year's inspection plan, as a draft to approve (年度检查计划)")
            .WithDescription("The bureau's own work (403 `auth.bureau-only` for others). One plan per year (409 `guidance.plan-exists`). Campaigns run only " +
                             "under an approved plan. Accepts Idempotency-Key.")
            .Produces<InspectionPlanResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Created<InspectionPlanResponse>> Handle(CreateInspectionPlanRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var plan = await mediator.Send(new CreateInspectionPlanCommand(body), ct);
        return ETags.Created(http, $"{GuidanceEndpoints.Root}/inspection-plans/{plan.Id}", plan, p => p.Version);
    }
}

internal sealed record CreateInspectionPlanCommand(CreateInspectionPlanRequest Body) : ICommand<InspectionPlanResponse>;

internal sealed class CreateInspectionPlanValidator : AbstractValidator<CreateInspectionPlanCommand>
{
    public CreateInspectionPlanValidator()
    {
        RuleFor(c => c.Body.Year).InclusiveBetween(2000, 2100);
        RuleFor(c => c.Body.Title).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.Description).MaximumLength(2000);
    }
}

internal sealed class CreateInspectionPlanHandler(InspectionRepository repo, OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateInspectionPlanCommand, InspectionPlanResponse>
{
    public async Task<InspectionPlanResponse> Handle(CreateInspectionPlanCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        var row = new InspectionPlanRow
        {
            Id = ids.NewId(), PlanYear = b.Year, Title = b.Title.Trim(), Description = string.IsNullOrWhiteSpace(b.Description) ? null : b.Description.Trim(),
            Status = nameof(InspectionPlanStatus.Draft), CreatedAt = clock.UtcNow, Version = 1,
        };
        try
        {
            await repo.InsertPlanAsync(row, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(GuidanceErrors.PlanExists);
        }
        var response = row.ToResponse();
        audit.Record("InspectionPlan", row.Id, null, AuditTrail.Diff(null, response));
        return response;
    }
}
