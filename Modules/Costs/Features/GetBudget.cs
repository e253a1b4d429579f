using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Costs.Data;
using OrganAffairs.Costs.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Costs.Features;

/// <summary>An organ's budget of a year with its actuals (Costs_GetBudget): the route.</summary>
internal static class GetBudget
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder budgets) =>
        budgets.MapGet("/{organId:guid}/{year:int}", Handle).WithName("Costs_GetBudget")
            .WithSummary("An organ's 三公经费 budget of a year, each line with its actuals, remaining amount, warning and over-budget flag")
            .WithDescription("The ETag is the budget's version, for adjustments (If-Match). 404 costs.budget-not-found when none is recorded or the organ is not visible to the caller.")
            .Produces<BudgetResponse>().Problems(400, 404)
            .RequireScope(CostsModule.ReadScope);

    private static async Task<Ok<BudgetResponse>> Handle(Guid organId, int year, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetBudgetQuery(organId, year), ct), b => b.Version);
}

internal sealed record GetBudgetQuery(Guid OrganId, int Year) : IQuery<BudgetResponse>;

internal sealed class GetBudgetValidator : AbstractValidator<GetBudgetQuery>
{
    public GetBudgetValidator() => RuleFor(q => q.Year).Year();
}

internal sealed class GetBudgetHandler(BudgetRepository budgets, BudgetViews views, OrganScope scope) : IRequestHandler<GetBudgetQuery, BudgetResponse>
{
    public async Task<BudgetResponse> Handle(GetBudgetQuery query, CancellationToken ct)
    {
        var budget = await budgets.GetAsync(query.OrganId, query.Year, ct);
        return budget is not null && await scope.CanSeeAsync(budget.OrganId, ct)
            ? await views.ResponseAsync(budget, ct)
            : throw new ProblemException(CostsErrors.BudgetNotFound);
    }
}
