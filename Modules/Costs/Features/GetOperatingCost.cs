using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Costs.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Costs.Features;

/// <summary>An organ's operating cost of a year (Costs_GetOperatingCost): the route.</summary>
internal static class GetOperatingCost
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder operatingCosts) =>
        operatingCosts.MapGet("/{organId:guid}/{year:int}", Handle).WithName("Costs_GetOperatingCost")
            .WithSummary("An organ's operating cost of a year with the survey's parts (机关运行成本)")
            .WithDescription("Office space (area held on 31 December from Buildings; rents, property fees and repairs entered), vehicles (the ledger's VehicleOperation and VehiclePurchase lines), energy (kgce of the organ's institution from Energy; bills entered), reception and outbound visits (the ledger), logistics services (entered), staff in post on 31 December and approved headcount (Organs). Each figure says whether it is Derived (with its module and query) or Entered. Total = the money figures; per person and per m² are computed in fen and rounded half away from zero, null when the divisor is 0. The ETag is the entered figures' version (\"0\" until entered). `format=Csv` (or `Accept: text/csv` without a format) answers the figures and the three totals as text/csv. An organ the caller may not see answers 404 costs.organ-not-found.")
            .Produces<OperatingCostResponse>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400, 404).StrictEnums<OperatingCostParameters>()
            .RequireScope(CostsModule.ReadScope);

    private static async Task<IResult> Handle(Guid organId, int year, [AsParameters] OperatingCostParameters p, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var cost = await mediator.Send(new GetOperatingCostQuery(organId, year), ct);
        http.Response.Headers.ETag = ETags.For(cost.Version);
        if (!Csv.Wanted(p.Format, http))
        {
            return TypedResults.Ok(cost);
        }
        var rows = cost.Figures.Select(f => new CsvRow(f.Part.ToString(), f.Item.ToString(), f.Value, f.Unit, f.Origin.ToString(), f.Source))
            .Append(new CsvRow("Total", "Total", cost.Total, "CNY", "Derived", "sum of the money figures"))
            .Append(new CsvRow("Total", "PerPerson", cost.PerPerson, "CNY/person", "Derived", "total ÷ staff in post, rounded to the fen"))
            .Append(new CsvRow("Total", "PerSquareMetre", cost.PerSquareMetre, "CNY/m2", "Derived", "total ÷ office area, rounded to the fen"));
        return Csv.Response(Csv.Write(rows, [
            ("part", r => r.Part), ("item", r => r.Item), ("value", r => r.Value), ("unit", r => r.Unit), ("origin", r => r.Origin), ("source", r => r.Source)]));
    }
}

/// <summary>One CSV row: a figure or a total.</summary>
internal sealed record CsvRow(string Part, string Item, decimal? Value, string Unit, string Origin, string Source);

/// <summary>Query parameters of GET /api/v1/costs/operating-costs/{organId}/{year}.</summary>
internal sealed record OperatingCostParameters
{
    [FromQuery(Name = "format")] public ReportFormat? Format { get; init; }
}

internal sealed record GetOperatingCostQuery(Guid OrganId, int Year) : IQuery<OperatingCostResponse>;

internal sealed class GetOperatingCostValidator : AbstractValidator<GetOperatingCostQuery>
{
    public GetOperatingCostValidator() => RuleFor(q => q.Year).Year();
}

internal sealed class GetOperatingCostHandler(OperatingCosts operatingCosts) : IRequestHandler<GetOperatingCostQuery, OperatingCostResponse>
{
    public async Task<OperatingCostResponse> Handle(GetOperatingCostQuery query, CancellationToken ct)
    {
        await operatingCosts.EnsureOrganAsync(query.OrganId, ct);
        return (await operatingCosts.ComputeAsync([query.OrganId], query.Year, ct))[0];
    }
}
