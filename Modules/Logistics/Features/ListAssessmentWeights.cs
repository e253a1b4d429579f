using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>The provider-score weights (Logistics_ListAssessmentWeights): the route.</summary>
internal static class ListAssessmentWeights
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/assessment-weights", Handle).WithName("Logistics_ListAssessmentWeights")
            .WithSummary("The weights of the providers' monthly score: every version, or those in force on a date (服务商考核权重)")
            .WithDescription("The shares of SLA attainment and satisfaction in a provider's score (GET /contracts/assessment); seeded nationally at 60 / 40 as this system's default without a regulatory source (confidence U). With `on`, the most specific version in force for `jurisdiction` per key (a 6-digit code falls back to its prefecture, province, then national). Each carries its source and confidence.")
            .Produces<IReadOnlyList<AssessmentWeightsResponse>>().Problems(400)
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<AssessmentWeightsResponse>>> Handle([AsParameters] RuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListAssessmentWeightsQuery(p.Jurisdiction, p.On), ct));
}

internal sealed record ListAssessmentWeightsQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<AssessmentWeightsResponse>>;

internal sealed class ListAssessmentWeightsValidator : AbstractValidator<ListAssessmentWeightsQuery>
{
    public ListAssessmentWeightsValidator() => RuleFor(q => q.Jurisdiction).OptionalJurisdiction();
}

internal sealed class ListAssessmentWeightsHandler(RuleVersioning rules) : IRequestHandler<ListAssessmentWeightsQuery, IReadOnlyList<AssessmentWeightsResponse>>
{
    public async Task<IReadOnlyList<AssessmentWeightsResponse>> Handle(ListAssessmentWeightsQuery query, CancellationToken ct) =>
        (await rules.ListAsync(RuleKinds.AssessmentWeights, query.Jurisdiction, query.On, ct)).Select(RuleMapping.ToAssessmentWeights).ToList();
}
