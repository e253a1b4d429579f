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
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>List office recovery cases (收回) (Buildings_ListRecoveryCases): the route.</summary>
internal static class ListRecoveryCases
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder recovery) =>
        recovery.MapGet("/", Handle).WithName("Buildings_ListRecoveryCases")
            .WithSummary("List office recovery cases (收回)")
            .WithDescription("Opened from StaffTransferred and StaffRetired (1 month) and ConcurrentPostEnded (2 months; months are rule data); closed when the office is vacated. Filters: organId, staffMemberId, status, overdue=true (open and past the due date, today's business date). An ordinary organ sees its own. Sort fields: dueOn, createdAt.")
            .Produces<PagedResult<RecoveryCaseResponse>>().Problems(400).StrictEnums<RecoveryListParameters>()
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<Ok<PagedResult<RecoveryCaseResponse>>> Handle([AsParameters] RecoveryListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListRecoveryCasesQuery(p.OrganId, p.StaffMemberId, p.Status, p.Overdue ?? false, PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

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

/// <summary>Query parameters of GET /api/v1/buildings/recovery-cases.</summary>
internal sealed record RecoveryListParameters
{
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "staffMemberId")] public Guid? StaffMemberId { get; init; }
    [FromQuery(Name = "status")] public RecoveryStatus? Status { get; init; }
    [FromQuery(Name = "overdue")] public bool? Overdue { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}
