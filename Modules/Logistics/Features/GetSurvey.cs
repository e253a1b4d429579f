using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>Get a satisfaction survey (Logistics_GetSurvey): the route.</summary>
internal static class GetSurvey
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder surveys) =>
        surveys.MapGet("/{id:guid}", Handle).WithName("Logistics_GetSurvey")
            .WithSummary("Get a satisfaction survey with its questions (满意度调查详情)")
            .WithDescription("Surveys are the bureau's data; every principal with logistics.read reads them (a sampled requester reads the questions to answer).")
            .Produces<SurveyResponse>().Problems(404)
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<Ok<SurveyResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetSurveyQuery(id), ct), s => s.Version);
}

internal sealed record GetSurveyQuery(Guid Id) : IQuery<SurveyResponse>;

internal sealed class GetSurveyHandler(SurveyRepository surveys) : IRequestHandler<GetSurveyQuery, SurveyResponse>
{
    public async Task<SurveyResponse> Handle(GetSurveyQuery query, CancellationToken ct) =>
        (await surveys.GetAsync(query.Id, ct) ?? throw new ProblemException(LogisticsErrors.SurveyNotFound)).ToResponse();
}
