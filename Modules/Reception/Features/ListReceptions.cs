using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Reception.Features;

/// <summary>List receptions (Reception_ListReceptions): the route.</summary>
internal static class ListReceptions
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder receptions) =>
        receptions.MapGet("/", Handle).WithName("Reception_ListReceptions")
            .WithSummary("List receptions with filters and paging (公务接待列表)")
            .WithDescription("Filters: organId, status, letterId, from and to (business dates; receptions sharing a day with [from, to]). An ordinary organ sees its own. Sort fields: startsOn, createdAt; default -startsOn.")
            .Produces<PagedResult<ReceptionResponse>>().Problems(400).StrictEnums<ReceptionListParameters>()
            .RequireScope(ReceptionModule.ReadScope);

    private static async Task<Ok<PagedResult<ReceptionResponse>>> Handle([AsParameters] ReceptionListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListReceptionsQuery(
            new ReceptionFilter(p.OrganId, p.Status, p.LetterId, p.From, p.To), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

/// <summary>Query parameters of GET /api/v1/reception.</summary>
internal sealed record ReceptionListParameters
{
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "status")] public ReceptionStatus? Status { get; init; }
    [FromQuery(Name = "letterId")] public Guid? LetterId { get; init; }
    [FromQuery(Name = "from")] public DateOnly? From { get; init; }
    [FromQuery(Name = "to")] public DateOnly? To { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}

internal sealed record ListReceptionsQuery(ReceptionFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<ReceptionResponse>>;

internal sealed class ListReceptionsValidator : AbstractValidator<ListReceptionsQuery>
{
    public ListReceptionsValidator() => RuleFor(q => q.Sort).MaximumLength(200);
}

internal sealed class ListReceptionsHandler(ReceptionRepository receptions) : IRequestHandler<ListReceptionsQuery, PagedResult<ReceptionResponse>>
{
    public async Task<PagedResult<ReceptionResponse>> Handle(ListReceptionsQuery query, CancellationToken ct)
    {
        var (rows, total) = await receptions.ListAsync(query.Filter, query.Page, ReceptionRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<ReceptionResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
