using System.Text.Json;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>The incoming delegations report (ForeignAffairs_GetIncomingReport): the delegations arriving in a year with guests and costs.</summary>
internal static class GetIncomingReport
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder reports) =>
        reports.MapGet("/incoming", Handle).WithName("ForeignAffairs_GetIncomingReport")
            .WithSummary("Incoming foreign delegations of a year with their guests and costs, as JSON or CSV (外宾接待报表)")
            .WithDescription("The delegations arriving in the year that the caller sees (one host organ with organId; another organ's is 404), by arrival: guests, the cost lines recorded and their total in yuan (corrections included as recorded). `format=Csv` (or Accept: text/csv) answers text/csv in UTF-8 with a header row: delegationId,organId,title,country,arrivesOn,departsOn,guests,costs,costYuan.")
            .Produces<IReadOnlyList<IncomingReportRow>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400, 404).StrictEnums<IncomingReportParameters>()
            .RequireScope(ForeignAffairsModule.ReadScope);

    private static async Task<IResult> Handle([AsParameters] IncomingReportParameters p, IMediator mediator, HttpContext http, CancellationToken ct) =>
        Csv.Answer(p.Format, http, await mediator.Send(new IncomingReportQuery(p.Year, p.OrganId), ct), Columns);

    private static readonly IReadOnlyList<(string Header, Func<IncomingReportRow, object?> Value)> Columns =
    [
        ("delegationId", r => r.DelegationId), ("organId", r => r.OrganId), ("title", r => r.Title), ("country", r => r.Country), ("arrivesOn", r => r.ArrivesOn),
        ("departsOn", r => r.DepartsOn), ("guests", r => r.Guests), ("costs", r => r.Costs), ("costYuan", r => r.CostYuan),
    ];
}

/// <summary>Query parameters of GET /api/v1/foreign-affairs/reports/incoming.</summary>
internal sealed record IncomingReportParameters
{
    [FromQuery(Name = "year")] public int? Year { get; init; }
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "format")] public ReportFormat? Format { get; init; }
}

internal sealed record IncomingReportQuery(int? Year, Guid? OrganId) : IQuery<IReadOnlyList<IncomingReportRow>>;

internal sealed class IncomingReportValidator : AbstractValidator<IncomingReportQuery>
{
    public IncomingReportValidator() => RuleFor(q => q.Year).NotNull().InclusiveBetween(2000, 2100);
}

internal sealed class IncomingReportHandler(DelegationRepository delegations, OrganScope scope) : IRequestHandler<IncomingReportQuery, IReadOnlyList<IncomingReportRow>>
{
    public async Task<IReadOnlyList<IncomingReportRow>> Handle(IncomingReportQuery query, CancellationToken ct)
    {
        if (query.OrganId is { } organId)
        {
            await scope.EnsureVisibleAsync(organId, ForeignAffairsErrors.OrganNotFound, ct);
        }
        var rows = await delegations.OfYearVisibleAsync(query.Year!.Value, query.OrganId, ct);
        var costs = (await delegations.CostsOfAsync(rows.Select(r => r.Id).ToList(), ct)).ToLookup(c => c.DelegationId);
        return rows.Select(r => new IncomingReportRow(r.Id, r.OrganId, r.Title, r.Country, r.ArrivesOn, r.DepartsOn, GuestCount(r.Guests),
            costs[r.Id].Count(c => c.CorrectsId is null), Yuan.FromFen(costs[r.Id].Sum(c => c.AmountFen)))).ToList();
    }

    private static int GuestCount(string guests)
    {
        using var json = JsonDocument.Parse(guests);
        return json.RootElement.GetArrayLength();
    }
}
