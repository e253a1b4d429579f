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

/// <summary>List meetings (Logistics_ListMeetings): the route.</summary>
internal static class ListMeetings
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder meetings) =>
        meetings.MapGet("/", Handle).WithName("Logistics_ListMeetings")
            .WithSummary("List meetings with filters and paging (会议列表)")
            .WithDescription("Filters: organId, status, class, roomId. An ordinary organ sees its own. Sort fields: startsAt, createdAt; default -startsAt.")
            .Produces<PagedResult<MeetingResponse>>().Problems(400).StrictEnums<MeetingListParameters>()
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<Ok<PagedResult<MeetingResponse>>> Handle([AsParameters] MeetingListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListMeetingsQuery(new MeetingFilter(p.OrganId, p.Status, p.Class, p.RoomId), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

/// <summary>Query parameters of GET /api/v1/logistics/meetings.</summary>
internal sealed record MeetingListParameters
{
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "status")] public MeetingStatus? Status { get; init; }
    [FromQuery(Name = "class")] public MeetingClass? Class { get; init; }
    [FromQuery(Name = "roomId")] public Guid? RoomId { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}

internal sealed record ListMeetingsQuery(MeetingFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<MeetingResponse>>;

internal sealed class ListMeetingsValidator : AbstractValidator<ListMeetingsQuery>
{
    public ListMeetingsValidator() => RuleFor(q => q.Sort).MaximumLength(200);
}

internal sealed class ListMeetingsHandler(MeetingRepository meetings) : IRequestHandler<ListMeetingsQuery, PagedResult<MeetingResponse>>
{
    public async Task<PagedResult<MeetingResponse>> Handle(ListMeetingsQuery query, CancellationToken ct)
    {
        var (rows, total) = await meetings.ListAsync(query.Filter, query.Page, MeetingRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<MeetingResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
