using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Features;

/// <summary>List meters with filters and paging (Energy_ListMeters): the route.</summary>
internal static class ListMeters
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder meters) =>
        meters.MapGet("/", Handle).WithName("Energy_ListMeters")
            .WithSummary("List meters with filters and paging (计量器具列表)")
            .WithDescription("Filters: institutionId, kind, status. Sort fields: code, kind, lastReadAt, createdAt.")
            .Produces<PagedResult<MeterResponse>>().Problems(400).StrictEnums<MeterListParameters>()
            .RequireScope(EnergyModule.ReadScope);

    private static async Task<Ok<PagedResult<MeterResponse>>> Handle([AsParameters] MeterListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListMetersQuery(p.InstitutionId, p.Kind, p.Status, PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

internal sealed record ListMetersQuery(Guid? InstitutionId, EnergyKind? Kind, MeterStatus? Status, PageRequest Page, string? Sort) : IQuery<PagedResult<MeterResponse>>;

internal sealed class ListMetersValidator : AbstractValidator<ListMetersQuery>
{
    public ListMetersValidator() => RuleFor(q => q.Sort).MaximumLength(200);
}

internal sealed class ListMetersHandler(MeterRepository meters) : IRequestHandler<ListMetersQuery, PagedResult<MeterResponse>>
{
    public async Task<PagedResult<MeterResponse>> Handle(ListMetersQuery query, CancellationToken ct)
    {
        var (rows, total) = await meters.ListAsync(query.InstitutionId, query.Kind, query.Status, query.Page, MeterRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<MeterResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}

/// <summary>Query parameters of GET /api/v1/energy/meters.</summary>
internal sealed record MeterListParameters
{
    [FromQuery(Name = "institutionId")] public Guid? InstitutionId { get; init; }
    [FromQuery(Name = "kind")] public EnergyKind? Kind { get; init; }
    [FromQuery(Name = "status")] public MeterStatus? Status { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}
