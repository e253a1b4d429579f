using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Features;

/// <summary>List office assignments with filters and paging (Buildings_ListAssignments): the route.</summary>
internal static class ListAssignments
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder assignments) =>
        assignments.MapGet("/", Handle).WithName("Buildings_ListAssignments")
            .WithSummary("List office assignments with filters and paging (办公室使用列表)")
            .WithDescription("Filters: organId, staffMemberId, roomId, status. An ordinary organ sees its own. Sort fields: startedOn, createdAt (default -startedOn).")
            .Produces<PagedResult<AssignmentResponse>>().Problems(400).StrictEnums<AssignmentListParameters>()
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<Ok<PagedResult<AssignmentResponse>>> Handle([AsParameters] AssignmentListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListAssignmentsQuery(new AssignmentFilter(p.OrganId, p.StaffMemberId, p.RoomId, p.Status), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

internal sealed record ListAssignmentsQuery(AssignmentFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<AssignmentResponse>>;

internal sealed class ListAssignmentsValidator : AbstractValidator<ListAssignmentsQuery>
{
    public ListAssignmentsValidator() => RuleFor(q => q.Sort).MaximumLength(200);
}

internal sealed class ListAssignmentsHandler(OfficeRepository offices) : IRequestHandler<ListAssignmentsQuery, PagedResult<AssignmentResponse>>
{
    public async Task<PagedResult<AssignmentResponse>> Handle(ListAssignmentsQuery query, CancellationToken ct)
    {
        var (rows, total) = await offices.ListAsync(query.Filter, query.Page, OfficeRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<AssignmentResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}

/// <summary>Query parameters of GET /api/v1/buildings/assignments.</summary>
internal sealed record AssignmentListParameters
{
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "staffMemberId")] public Guid? StaffMemberId { get; init; }
    [FromQuery(Name = "roomId")] public Guid? RoomId { get; init; }
    [FromQuery(Name = "status")] public HoldingStatus? Status { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}
