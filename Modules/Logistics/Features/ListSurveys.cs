using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>List satisfaction surveys (Logistics_ListSurveys): the route.</summary>
internal static class ListSurveys
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder surveys) =>
        surveys.MapGet("/", Handle).WithName("Logistics_ListSurveys")
            .WithSummary("List satisfaction surveys with filters and paging (满意度调查列表)")
            .WithDescription("Filters: providerCreditCode, serviceItem (exact). Sort fields: createdAt, title; default -createdAt. Surveys are the bureau's data; every principal with logistics.read reads them, as GET /surveys/{id}.")
            .Produces<PagedResult<SurveyResponse>>().Problems(400)
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<Ok<PagedResult<SurveyResponse>>> Handle([AsParameters] SurveyListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListSurveysQuery(p.ProviderCreditCode, p.ServiceItem, PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

/// <summary>Query parameters of GET /api/v1/logistics/surveys.</summary>
internal sealed record SurveyListParameters
{
    [FromQuery(Name = "providerCreditCode")] public string? ProviderCreditCode { get; init; }
    [FromQuery(Name = "serviceItem")] public string? ServiceItem { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}

internal sealed record ListSurveysQuery(string? ProviderCreditCode, string? ServiceItem, PageRequest Page, string? Sort) : IQuery<PagedResult<SurveyResponse>>;

internal sealed class ListSurveysValidator : AbstractValidator<ListSurveysQuery>
{
    public ListSurveysValidator()
    {
        RuleFor(q => q.ProviderCreditCode).MaximumLength(18).OverridePropertyName("providerCreditCode");
        RuleFor(q => q.ServiceItem).MaximumLength(60).OverridePropertyName("serviceItem");
        RuleFor(q => q.Sort).MaximumLength(200).OverridePropertyName("sort");
    }
}

internal sealed class ListSurveysHandler(SurveyRepository surveys) : IRequestHandler<ListSurveysQuery, PagedResult<SurveyResponse>>
{
    public async Task<PagedResult<SurveyResponse>> Handle(ListSurveysQuery query, CancellationToken ct)
    {
        var (rows, total) = await surveys.ListAsync(Blank(query.ProviderCreditCode), Blank(query.ServiceItem), query.Page, SurveyRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<SurveyResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
