using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Features;

/// <summary>An import's summary (Energy_GetImport): the route.</summary>
internal static class GetImport
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder readings) =>
        readings.MapGet("/imports/{id:guid}", Handle).WithName("Energy_GetImport")
            .WithSummary("An import's summary (导入结果)")
            .WithDescription("Status, counts and the link to the error report. Another organ's import answers 404.")
            .Produces<ImportResponse>().Problems(404)
            .RequireScope(EnergyModule.ReadScope);

    private static async Task<Ok<ImportResponse>> Handle(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetImportQuery(id), ct));
}

internal sealed record GetImportQuery(Guid Id) : IQuery<ImportResponse>;

internal sealed class GetImportHandler(ImportRepository imports) : IRequestHandler<GetImportQuery, ImportResponse>
{
    public async Task<ImportResponse> Handle(GetImportQuery query, CancellationToken ct) =>
        (await imports.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(EnergyErrors.ImportNotFound)).ToResponse();
}
