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

/// <summary>Quota overruns (超定额): open until explained (Energy_ListOverruns): the route.</summary>
internal static class ListOverruns
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(EnergyEndpoints.Root + "/overruns", Handle).WithTags(EnergyModule.QuotasTag).WithName("Energy_ListOverruns")
            .WithSummary("Quota overruns (超定额): open until explained")
            .WithDescription("Filters: status (Open, Explained), year, institutionId. Newest first.")
            .Produces<PagedResult<OverrunResponse>>().Problems(400).StrictEnums<OverrunListParameters>()
            .RequireScope(EnergyModule.ReadScope);

    private static async Task<Ok<PagedResult<OverrunResponse>>> Handle([AsParameters] OverrunListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListOverrunsQuery(p.Status, p.Year, p.InstitutionId, PageRequest.From(p.Page, p.PageSize)), ct));
}

internal sealed record ListOverrunsQuery(OverrunStatus? Status, int? Year, Guid? InstitutionId, PageRequest Page) : IQuery<PagedResult<OverrunResponse>>;

internal sealed class ListOverrunsHandler(ComplianceRepository compliance) : IRequestHandler<ListOverrunsQuery, PagedResult<OverrunResponse>>
{
    public async Task<PagedResult<OverrunResponse>> Handle(ListOverrunsQuery query, CancellationToken ct)
    {
        var (rows, total) = await compliance.ListOverrunsAsync(query.Status, query.Year, query.InstitutionId, query.Page, ct);
        return new PagedResult<OverrunResponse>(rows.Select(EnergyMapping.ToResponse).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}

/// <summary>Query parameters of GET /api/v1/energy/overruns.</summary>
internal sealed record OverrunListParameters
{
    [FromQuery(Name = "status")] public OverrunStatus? Status { get; init; }
    [FromQuery(Name = "year")] public int? Year { get; init; }
    [FromQuery(Name = "institutionId")] public Guid? InstitutionId { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
}
