using FluentValidation;
using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Buildings.Features;

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
