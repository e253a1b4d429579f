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

/// <summary>List official letters (Reception_ListLetters): the route.</summary>
internal static class ListLetters
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder letters) =>
        letters.MapGet("/", Handle).WithName("Reception_ListLetters")
            .WithSummary("List official letters with filters and paging (公函列表)")
            .WithDescription("Filters: organId, used (true: a reception uses the letter; false: free). An ordinary organ sees its own. Sort fields: letterDate, createdAt; default -createdAt.")
            .Produces<PagedResult<LetterResponse>>().Problems(400)
            .RequireScope(ReceptionModule.ReadScope);

    private static async Task<Ok<PagedResult<LetterResponse>>> Handle([AsParameters] LetterListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListLettersQuery(new LetterFilter(p.OrganId, p.Used), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

/// <summary>Query parameters of GET /api/v1/reception/letters.</summary>
internal sealed record LetterListParameters
{
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "used")] public bool? Used { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}

internal sealed record ListLettersQuery(LetterFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<LetterResponse>>;

internal sealed class ListLettersValidator : AbstractValidator<ListLettersQuery>
{
    public ListLettersValidator() => RuleFor(q => q.Sort).MaximumLength(200);
}

internal sealed class ListLettersHandler(LetterRepository letters) : IRequestHandler<ListLettersQuery, PagedResult<LetterResponse>>
{
    public async Task<PagedResult<LetterResponse>> Handle(ListLettersQuery query, CancellationToken ct)
    {
        var (rows, total) = await letters.ListAsync(query.Filter, query.Page, LetterRepository.Sort.OrderBy(query.Sort), ct);
        var guests = await letters.GuestsOfAsync(rows.Select(r => r.Id).ToList(), ct);
        return new PagedResult<LetterResponse>(rows.Select(r => r.ToResponse(guests[r.Id])).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
