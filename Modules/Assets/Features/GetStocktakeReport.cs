using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Assets.Data;
using OrganAffairs.Assets.Support;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Assets.Features;

/// <summary>Get stocktake report (Assets_GetStocktakeReport): the route.</summary>
internal static class GetStocktakeReport
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder stocktakes) =>
        stocktakes.MapGet("/{id:guid}/report", Handle).WithName("Assets_GetStocktakeReport")
            .WithSummary("The stock-take report (盘点报告), as JSON or CSV")
            .WithDescription("Counts and every line. `format=Csv` (or Accept: text/csv) answers text/csv in UTF-8 with a BOM: tag,category,model,expected,expectedRoomId,foundRoomId,result,scannedAt,note.")
            .Produces<StocktakeReportResponse>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400, 404).StrictEnums<FormatParameters>()
            .RequireScope(AssetsModule.ReadScope);

    private static async Task<IResult> Handle(Guid id, [AsParameters] FormatParameters p, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var report = await mediator.Send(new GetStocktakeReportQuery(id), ct);
        return Csv.Wanted(p.Format, http)
            ? Csv.Response(Csv.Write(report.Items,
            [
                ("tag", i => i.Tag), ("category", i => i.Category), ("model", i => i.Model), ("expected", i => i.Expected), ("expectedRoomId", i => i.ExpectedRoomId),
                ("foundRoomId", i => i.FoundRoomId), ("result", i => i.Result), ("scannedAt", i => i.ScannedAt?.UtcDateTime.ToString("O")), ("note", i => i.Note),
            ]))
            : TypedResults.Ok(report);
    }
}

/// <summary>The stock-take report (盘点报告): counts and every line.</summary>
internal sealed record GetStocktakeReportQuery(Guid Id) : IQuery<StocktakeReportResponse>;

internal sealed class GetStocktakeReportHandler(StocktakeRepository stocktakes) : IRequestHandler<GetStocktakeReportQuery, StocktakeReportResponse>
{
    public async Task<StocktakeReportResponse> Handle(GetStocktakeReportQuery query, CancellationToken ct)
    {
        var row = await stocktakes.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(AssetsErrors.StocktakeNotFound);
        var items = await stocktakes.ItemsAsync(row.Id, ct);
        return new StocktakeReportResponse(StocktakeMapping.ToResponse(row, items), items.Select(StocktakeMapping.ToResponse).ToList());
    }
}

/// <summary>The report format only.</summary>
internal sealed record FormatParameters
{
    [FromQuery(Name = "format")] public ReportFormat? Format { get; init; }
}
