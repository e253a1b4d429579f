using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Costs.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Costs.Features;

/// <summary>An organ's actuals of a year per line (Costs_GetActuals): the route.</summary>
internal static class GetActuals
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder actuals) =>
        actuals.MapGet("/{organId:guid}/{year:int}", Handle).WithName("Costs_GetActuals")
            .WithSummary("An organ's 三公经费 actuals of a year per line, from the duty modules' cost events")
            .WithDescription("Posted from Reception's and Vehicles' cost events (and backfilled from their Contracts queries), each source item once; a correction counts as its signed difference; the payment's business date decides the year. An organ the caller may not see answers 404 costs.organ-not-found.")
            .Produces<ActualsResponse>().Problems(400, 404)
            .RequireScope(CostsModule.ReadScope);

    private static async Task<Ok<ActualsResponse>> Handle(Guid organId, int year, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetActualsQuery(organId, year), ct));
}

internal sealed record GetActualsQuery(Guid OrganId, int Year) : IQuery<ActualsResponse>;

internal sealed class GetActualsValidator : AbstractValidator<GetActualsQuery>
{
    public GetActualsValidator() => RuleFor(q => q.Year).Year();
}

internal sealed class GetActualsHandler(BudgetViews views, OrganScope scope) : IRequestHandler<GetActualsQuery, ActualsResponse>
{
    public async Task<ActualsResponse> Handle(GetActualsQuery query, CancellationToken ct)
    {
        await scope.EnsureVisibleAsync(query.OrganId, CostsErrors.OrganNotFound, ct);
        return BudgetViews.Response(query.OrganId, query.Year, await views.ActualsAsync(query.OrganId, query.Year, ct));
    }
}
