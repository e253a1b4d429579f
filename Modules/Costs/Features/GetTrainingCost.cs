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
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Costs.Features;

/// <summary>An organ's entered training costs of a year (Costs_GetTrainingCost): the route.</summary>
internal static class GetTrainingCost
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder trainingCosts) =>
        trainingCosts.MapGet("/{organId:guid}/{year:int}", Handle).WithName("Costs_GetTrainingCost")
            .WithSummary("An organ's training costs (培训费) of a year, as entered for the disclosure's companion table")
            .WithDescription("The training courses, trainees and cost entered for the organ's year (no duty module records them; meeting costs come from Logistics). Zeros, version 0 and `enteredAt` null until entered; the ETag is the version (\"0\" until entered), the If-Match of the first PUT. An organ the caller may not see answers 404 costs.organ-not-found.")
            .Produces<TrainingCostResponse>().Problems(400, 404)
            .RequireScope(CostsModule.ReadScope);

    private static async Task<Ok<TrainingCostResponse>> Handle(Guid organId, int year, HttpContext http, IMediator mediator, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetTrainingCostQuery(organId, year), ct), c => c.Version);

    /// <summary>The row as its answer; zeros and version 0 when none is entered.</summary>
    public static TrainingCostResponse Response(Guid organId, int year, TrainingCostRow? row) => row is null
        ? new(organId, year, 0m, 0, 0, null, 0, null)
        : new(organId, year, Yuan.FromFen(row.AmountFen), row.Courses, row.Trainees, row.Note, row.Version, row.UpdatedAt);
}

internal sealed record GetTrainingCostQuery(Guid OrganId, int Year) : IQuery<TrainingCostResponse>;

internal sealed class GetTrainingCostValidator : AbstractValidator<GetTrainingCostQuery>
{
    public GetTrainingCostValidator() => RuleFor(q => q.Year).Year();
}

internal sealed class GetTrainingCostHandler(OperatingCosts operatingCosts, TrainingCostRepository training) : IRequestHandler<GetTrainingCostQuery, TrainingCostResponse>
{
    public async Task<TrainingCostResponse> Handle(GetTrainingCostQuery query, CancellationToken ct)
    {
        await operatingCosts.EnsureOrganAsync(query.OrganId, ct);
        return GetTrainingCost.Response(query.OrganId, query.Year, await training.GetAsync(query.OrganId, query.Year, ct));
    }
}
