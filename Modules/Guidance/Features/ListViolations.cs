using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Guidance.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Guidance.Features;

/// <summary>List violations across duties (Guidance_ListViolations): the route.</summary>
internal static class ListViolations
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder violations) =>
        violations.MapGet("/", Handle).WithName("Guidance_ListViolations")
            .WithSummary("List the violations every duty module found, open and closed (违规事项列表)")
            .WithDescription("The dashboard's read model of `ViolationOpened` / `ViolationClosed`. Filters: state, duty, kind, organId, and bureauId with " +
                             "level (Own 本级: organs with exactly the bureau's division code; Whole, the default: its whole jurisdiction). A lower-level " +
                             "bureau sees its jurisdiction's organs, an ordinary organ its own. Sort fields: openedOn, dueOn, closedOn; default -openedOn.")
            .Produces<PagedResult<GuidanceViolationResponse>>().Problems(400).StrictEnums<ViolationListParameters>()
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<Ok<PagedResult<GuidanceViolationResponse>>> Handle([AsParameters] ViolationListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListViolationsQuery(
            new ViolationQuery(p.State, p.Duty, p.Kind, p.OrganId, p.BureauId, p.Level), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

/// <summary>Query parameters of GET /api/v1/guidance/violations.</summary>
internal sealed record ViolationListParameters
{
    [FromQuery(Name = "state")] public ViolationState? State { get; init; }
    [FromQuery(Name = "duty")] public Duty? Duty { get; init; }
    [FromQuery(Name = "kind")] public string? Kind { get; init; }
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "bureauId")] public Guid? BureauId { get; init; }
    [FromQuery(Name = "level")] public JurisdictionLevel? Level { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}

internal sealed record ListViolationsQuery(ViolationQuery Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<GuidanceViolationResponse>>;

internal sealed class ListViolationsValidator : AbstractValidator<ListViolationsQuery>
{
    public ListViolationsValidator()
    {
        RuleFor(q => q.Sort).MaximumLength(200).OverridePropertyName("sort");
        RuleFor(q => q.Filter.Kind).MaximumLength(100).OverridePropertyName("kind");
    }
}

internal sealed class ListViolationsHandler(ViolationRepository violations, BureauSelection bureaus) : IRequestHandler<ListViolationsQuery, PagedResult<GuidanceViolationResponse>>
{
    public async Task<PagedResult<GuidanceViolationResponse>> Handle(ListViolationsQuery query, CancellationToken ct)
    {
        var filter = await bureaus.FilterAsync(query.Filter, ct);
        var (rows, total) = await violations.ListAsync(filter, query.Page, ViolationRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<GuidanceViolationResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
