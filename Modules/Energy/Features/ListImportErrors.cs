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
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Features;

/// <summary>An import's error report: every rejected row, in row order, with paging (Energy_ListImportErrors): the route.</summary>
internal static class ListImportErrors
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder readings) =>
        readings.MapGet("/imports/{id:guid}/errors", Handle).WithName("Energy_ListImportErrors")
            .WithSummary("An import's error report: every rejected row, in row order, with paging (导入错误报告)")
            .WithDescription("Row numbers count data rows from 1 (CSV line 2, or the first JSON array element); field is null for a row that could not be read at all.")
            .Produces<PagedResult<ImportErrorResponse>>().Problems(400, 404)
            .RequireScope(EnergyModule.ReadScope);

    private static async Task<Ok<PagedResult<ImportErrorResponse>>> Handle(
        Guid id, [FromQuery(Name = "page")] int? page, [FromQuery(Name = "pageSize")] int? pageSize, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListImportErrorsQuery(id, PageRequest.From(page, pageSize)), ct));
}

internal sealed record ListImportErrorsQuery(Guid ImportId, PageRequest Page) : IQuery<PagedResult<ImportErrorResponse>>;

internal sealed class ListImportErrorsHandler(ImportRepository imports) : IRequestHandler<ListImportErrorsQuery, PagedResult<ImportErrorResponse>>
{
    public async Task<PagedResult<ImportErrorResponse>> Handle(ListImportErrorsQuery query, CancellationToken ct)
    {
        _ = await imports.GetVisibleAsync(query.ImportId, ct) ?? throw new ProblemException(EnergyErrors.ImportNotFound);
        var (rows, total) = await imports.ErrorsAsync(query.ImportId, query.Page, ct);
        return new PagedResult<ImportErrorResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
