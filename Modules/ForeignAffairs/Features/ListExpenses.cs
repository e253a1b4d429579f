using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>A visit's expenses against its budget (ForeignAffairs_ListExpenses): the route.</summary>
internal static class ListExpenses
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder visits) =>
        visits.MapGet("/{id:guid}/expenses", Handle).WithName("ForeignAffairs_ListExpenses")
            .WithSummary("A visit's expense lines and corrections, actuals against the budget (出国经费决算与预算对比)")
            .WithDescription("Every line and correction by payment date, the actuals per category, the budget, what remains and whether the actuals exceed the budget.")
            .Produces<VisitExpensesResponse>().Problems(404)
            .RequireScope(ForeignAffairsModule.ReadScope);

    private static async Task<Ok<VisitExpensesResponse>> Handle(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListExpensesQuery(id), ct));
}

internal sealed record ListExpensesQuery(Guid VisitId) : IQuery<VisitExpensesResponse>;

internal sealed class ListExpensesHandler(VisitRepository visits, ExpenseRepository expenses) : IRequestHandler<ListExpensesQuery, VisitExpensesResponse>
{
    public async Task<VisitExpensesResponse> Handle(ListExpensesQuery query, CancellationToken ct)
    {
        var visit = await visits.GetVisibleAsync(query.VisitId, ct) ?? throw new ProblemException(ForeignAffairsErrors.VisitNotFound);
        return ExpenseMapping.ToSummary(visit, await expenses.OfVisitAsync(visit.Id, ct));
    }
}
