using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Mediation;

namespace OrganAffairs.Organs.Features;

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
