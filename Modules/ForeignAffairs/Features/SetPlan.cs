using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.References;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Set an organ's annual plan (ForeignAffairs_SetPlan): the route.</summary>
internal static class SetPlan
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder plans) =>
        plans.MapPut("/{organId:guid}/{year:int}", Handle).WithName("ForeignAffairs_SetPlan")
            .WithSummary("Set an organ's annual plan of delegations and persons (the bureau's; 核定年度出访计划)")
            .WithDescription("Creates or replaces the planned numbers; never below what approvals already use (409 foreign-affairs.plan-below-approved). Only principals that see every organ (the bureau) set plans.")
            .Produces<PlanResponse>().Problems(400, 403, 409, 413, 415)
            .RequireScope(ForeignAffairsModule.WriteScope);

    private static async Task<Ok<PlanResponse>> Handle(Guid organId, int year, SetPlanRequest body, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new SetPlanCommand(organId, year, body), ct));
}

internal sealed record SetPlanCommand(Guid OrganId, int Year, SetPlanRequest Body) : ICommand<PlanResponse>;

internal sealed class SetPlanValidator : AbstractValidator<SetPlanCommand>
{
    public SetPlanValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(2000, 2100);
        RuleFor(c => c.Body.Trips).InclusiveBetween(0, 1000);
        RuleFor(c => c.Body.Persons).InclusiveBetween(0, 10_000);
    }
}

internal sealed class SetPlanHandler(PlanRepository plans, IMediator mediator, OrganScope scope, AuditTrail audit, IdGenerator ids)
    : IRequestHandler<SetPlanCommand, PlanResponse>
{
    public async Task<PlanResponse> Handle(SetPlanCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var organ = await OrganReferences.ActiveAsync(mediator, command.OrganId, "organId", ForeignAffairsErrors.OrganRefNotFound, ct);
        var plan = await plans.LockAsync(organ.Id, command.Year, ct);
        var before = plan is null ? null : plan.ToResponse();
        if (plan is null)
        {
            plan = new PlanRow { Id = ids.NewId(), OrganId = organ.Id, Year = command.Year, Trips = command.Body.Trips, Persons = command.Body.Persons };
            await plans.InsertAsync(plan, ct);
        }
        else
        {
            if (command.Body.Trips < plan.ApprovedTrips || command.Body.Persons < plan.ApprovedPersons)
            {
                throw new ProblemException(ForeignAffairsErrors.PlanBelowApproved, detail: $"{plan.ApprovedTrips} / {plan.ApprovedPersons}");
            }
            plan.Trips = command.Body.Trips;
            plan.Persons = command.Body.Persons;
            await plans.UpdateAsync(plan, ct);
        }
        var after = plan.ToResponse();
        audit.Record("ForeignAffairsPlan", plan.Id, plan.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
