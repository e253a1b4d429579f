using FluentValidation;
using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

internal sealed record ListRecoveryCasesQuery(Guid? OrganId, Guid? StaffMemberId, RecoveryStatus? Status, bool Overdue, PageRequest Page, string? Sort)
    : IQuery<PagedResult<RecoveryCaseResponse>>;

internal sealed class ListRecoveryCasesValidator : AbstractValidator<ListRecoveryCasesQuery>
{
    public ListRecoveryCasesValidator() => RuleFor(q => q.Sort).MaximumLength(200);
}

/// <summary>Recovery cases the caller may see; with overdue, the open ones past their due date today (business date).</summary>
internal sealed class ListRecoveryCasesHandler(RecoveryRepository recovery, BusinessClock clock) : IRequestHandler<ListRecoveryCasesQuery, PagedResult<RecoveryCaseResponse>>
{
    public async Task<PagedResult<RecoveryCaseResponse>> Handle(ListRecoveryCasesQuery query, CancellationToken ct)
    {
        var today = clock.Today;
        var filter = new RecoveryFilter(query.OrganId, query.StaffMemberId, query.Status, query.Overdue ? today : null);
        var (rows, total) = await recovery.ListAsync(filter, query.Page, RecoveryRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<RecoveryCaseResponse>(rows.Select(r => r.ToResponse(today)).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}

internal sealed record GetRecoveryCaseQuery(Guid Id) : IQuery<RecoveryCaseResponse>;

internal sealed class GetRecoveryCaseHandler(RecoveryRepository recovery, BusinessClock clock) : IRequestHandler<GetRecoveryCaseQuery, RecoveryCaseResponse>
{
    public async Task<RecoveryCaseResponse> Handle(GetRecoveryCaseQuery query, CancellationToken ct) =>
        (await recovery.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(BuildingsErrors.RecoveryCaseNotFound)).ToResponse(clock.Today);
}
