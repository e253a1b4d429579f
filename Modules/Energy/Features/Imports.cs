using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Energy.Features;

internal sealed record GetImportQuery(Guid Id) : IQuery<ImportResponse>;

internal sealed class GetImportHandler(ImportRepository imports) : IRequestHandler<GetImportQuery, ImportResponse>
{
    public async Task<ImportResponse> Handle(GetImportQuery query, CancellationToken ct) =>
        (await imports.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(EnergyErrors.ImportNotFound)).ToResponse();
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
