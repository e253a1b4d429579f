using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Get an organ's annual plan (ForeignAffairs_GetPlan): the route.</summary>
internal static class GetPlan
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder plans) =>
        plans.MapGet("/{organId:guid}/{year:int}", Handle).WithName("ForeignAffairs_GetPlan")
            .WithSummary("An organ's annual plan and what approvals have used of it (年度出访计划执行情况)")
            .WithDescription("Trips and persons are null when the bureau has set no plan for the year. An organ the caller may not see answers 404.")
            .Produces<PlanResponse>().Problems(400, 404)
            .RequireScope(ForeignAffairsModule.ReadScope);

    private static async Task<Ok<PlanResponse>> Handle(Guid organId, int year, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetPlanQuery(organId, year), ct));
}

internal sealed record GetPlanQuery(Guid OrganId, int Year) : IQuery<PlanResponse>;

internal sealed class GetPlanValidator : AbstractValidator<GetPlanQuery>
{
    public GetPlanValidator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
}

internal sealed class GetPlanHandler(PlanRepository plans, IMediator mediator) : IRequestHandler<GetPlanQuery, PlanResponse>
{
    public async Task<PlanResponse> Handle(GetPlanQuery query, CancellationToken ct)
    {
        _ = await mediator.Send(new GetOrganQuery(query.OrganId), ct) ?? throw new ProblemException(ForeignAffairsErrors.OrganNotFound);
        return await plans.GetAsync(query.OrganId, query.Year, ct) is { } plan
            ? plan.ToResponse()
            : new PlanResponse(query.OrganId, query.Year, null, null, 0, 0);
    }
}
