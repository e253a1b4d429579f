using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Features;

/// <summary>Plan-period targets (e.g. the 14th Five-Year Plan, 2021–2025, against 2020) (Energy_ListPlanTargets): the route.</summary>
internal static class ListPlanTargets
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/plan-targets", Handle).WithName("Energy_ListPlanTargets")
            .WithSummary("Plan-period targets (e.g. the 14th Five-Year Plan, 2021–2025, against 2020; 规划期节能目标)")
            .WithDescription("Every version, optionally of one jurisdiction. The 15th Five-Year Plan's targets are not seeded: years after 2025 have no target in force until the bureau adds them.")
            .Produces<IReadOnlyList<PlanTargetResponse>>().Problems(400)
            .RequireScope(EnergyModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<PlanTargetResponse>>> Handle([FromQuery(Name = "jurisdiction")] string? jurisdiction, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListPlanTargetsQuery(jurisdiction), ct));
}

internal sealed record ListPlanTargetsQuery(string? Jurisdiction) : IQuery<IReadOnlyList<PlanTargetResponse>>;

internal sealed class ListPlanTargetsValidator : AbstractValidator<ListPlanTargetsQuery>
{
    public ListPlanTargetsValidator() => RuleFor(q => q.Jurisdiction).OptionalJurisdiction();
}

internal sealed class ListPlanTargetsHandler(RuleVersioning versioning) : IRequestHandler<ListPlanTargetsQuery, IReadOnlyList<PlanTargetResponse>>
{
    public async Task<IReadOnlyList<PlanTargetResponse>> Handle(ListPlanTargetsQuery query, CancellationToken ct) =>
        (await versioning.ListAsync(RuleKinds.PlanTarget, query.Jurisdiction, null, ct)).Select(r => r.ToPlanTarget()).ToList();
}
