using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Organs.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Organs.Features;

/// <summary>List staff members (Organs_ListStaffMembers): the route.</summary>
internal static class ListStaffMembers
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder staff) =>
        staff.MapGet("/", Handle).WithName("Organs_ListStaffMembers")
            .WithSummary("List staff members with filters and paging (工作人员列表)")
            .WithDescription("Filters: organId, status, rankCode, q (name contains). Sort fields: name, rankCode, createdAt.")
            .Produces<PagedResult<StaffMemberResponse>>().Problems(400).StrictEnums<StaffListParameters>()
            .RequireScope(OrgansModule.ReadScope);

    private static async Task<Ok<PagedResult<StaffMemberResponse>>> Handle([AsParameters] StaffListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListStaffMembersQuery(
            new StaffFilter(p.OrganId, p.Status, p.RankCode, p.Q), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

internal sealed record ListStaffMembersQuery(StaffFilter Filter, PageRequest Page, string? Sort) : IQuery<PagedResult<StaffMemberResponse>>;

internal sealed class ListStaffMembersValidator : AbstractValidator<ListStaffMembersQuery>
{
    public ListStaffMembersValidator()
    {
        RuleFor(q => q.Filter.Search).MaximumLength(100).OverridePropertyName("q");
        RuleFor(q => q.Filter.RankCode).MaximumLength(50).OverridePropertyName("rankCode");
        RuleFor(q => q.Sort).MaximumLength(200);
    }
}

internal sealed class ListStaffMembersHandler(StaffRepository staff) : IRequestHandler<ListStaffMembersQuery, PagedResult<StaffMemberResponse>>
{
    public async Task<PagedResult<StaffMemberResponse>> Handle(ListStaffMembersQuery query, CancellationToken ct)
    {
        var orderBy = StaffRepository.Sort.OrderBy(query.Sort);
        var (rows, total) = await staff.ListAsync(query.Filter, query.Page, orderBy, ct);
        var posts = await staff.PostsAsync(rows.Select(r => r.Id).ToList(), ct);
        return new PagedResult<StaffMemberResponse>(rows.Select(r => StaffMapping.ToResponse(r, posts)).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}

/// <summary>Query parameters of GET /api/v1/organs/staff.</summary>
internal sealed record StaffListParameters
{
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "status")] public StaffStatus? Status { get; init; }
    [FromQuery(Name = "rankCode")] public string? RankCode { get; init; }
    [FromQuery(Name = "q")] public string? Q { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}
