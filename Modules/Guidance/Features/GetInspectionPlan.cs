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

/// <summary>One inspection plan (Guidance_GetInspectionPlan): the route.</summary>
internal static class GetInspectionPlan
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder plans) =>
        plans.MapGet("/{id:guid}", Handle).WithName("Guidance_GetInspectionPlan")
            .WithSummary("Get an annual inspection plan with its approval (年度检查计划)")
            .WithDescription("The city bureau's plan, read by every guidance reader. The ETag is the version for If-Match.")
            .Produces<InspectionPlanResponse>().Problems(404)
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<Ok<InspectionPlanResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetInspectionPlanQuery(id), ct), p => p.Version);
}

internal sealed record GetInspectionPlanQuery(Guid Id) : IQuery<InspectionPlanResponse>;

internal sealed class GetInspectionPlanHandler(InspectionRepository repo) : IRequestHandler<GetInspectionPlanQuery, InspectionPlanResponse>
{
    public async Task<InspectionPlanResponse> Handle(GetInspectionPlanQuery query, CancellationToken ct) =>
        (await repo.GetPlanAsync(query.Id, ct) ?? throw new ProblemException(GuidanceErrors.PlanNotFound)).ToResponse();
}
