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

/// <summary>An organ's 三公经费 disclosure pack of a year (Costs_GetDisclosure): the route.</summary>
internal static class GetDisclosure
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder disclosures) =>
        disclosures.MapGet("/{organId:guid}/{year:int}", Handle).WithName("Costs_GetDisclosure")
            .WithSummary("An organ's 三公经费 disclosure pack (公开) of a year, for the budget or the final accounts")
            .WithDescription("Previous-year actuals and the current figure per line (the budget's totals, or the final accounts' actuals), the change and whether it needs a reason (T4, threshold from the rule table), the statistics from Reception, Vehicles and ForeignAffairs, the companion table of meeting costs (Logistics) and training costs (entered: PUT /api/v1/costs/training-costs/{organId}/{year}) of the year whose actuals the pack states (the year before for a budget), and the deadline: due `days` calendar days after the approval date (T3, rule data: 20), overdue from the next day while a Draft. A Published pack is frozen. `format=Csv` (or `Accept: text/csv` without a format) answers the lines as text/csv, then an empty row and the companion table (meetings, training). 404 when the organ is not visible or the budget / final accounts are not recorded.")
            .Produces<DisclosureResponse>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400, 404).StrictEnums<DisclosureParameters>()
            .RequireScope(CostsModule.ReadScope);

    private static async Task<IResult> Handle(Guid organId, int year, [AsParameters] DisclosureParameters p, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var pack = await mediator.Send(new GetDisclosureQuery(organId, year, p.Kind), ct);
        return Csv.Wanted(p.Format, http)
            ? Csv.Response(Csv.Write(pack.Lines, [
                ("line", l => l.Line), ("previous", l => l.Previous), ("current", l => l.Current), ("change", l => l.Change),
                ("changePercent", l => l.ChangePercent), ("reasonRequired", l => l.ReasonRequired), ("reason", l => l.Reason)]) + CompanionCsv(pack.Companion))
            : TypedResults.Ok(pack);
    }

    /// <summary>The companion table after the lines and an empty row: one row for meetings (Logistics), one for training (entered; empty when not).</summary>
    private static string CompanionCsv(DisclosureCompanion? c) => c is null ? "" : "\r\n" + Csv.Write(
        [
            new CompanionRow("Meetings", c.Year, c.Meetings, c.MeetingAttendeeDays, c.MeetingCost, c.UnsettledMeetings),
            new CompanionRow("Training", c.Year, c.TrainingCourses, c.Trainees, c.TrainingCost, null),
        ],
        [("companion", r => r.Item), ("year", r => r.Year), ("count", r => r.Count), ("persons", r => r.Persons), ("cost", r => r.Cost), ("unsettled", r => r.Unsettled)]).TrimStart('\uFEFF');

    private sealed record CompanionRow(string Item, int Year, int? Count, long? Persons, decimal? Cost, int? Unsettled);
}

/// <summary>Query parameters of GET /api/v1/costs/disclosures/{organId}/{year}.</summary>
internal sealed record DisclosureParameters
{
    [FromQuery(Name = "kind")] public DisclosureKind Kind { get; init; }
    [FromQuery(Name = "format")] public ReportFormat? Format { get; init; }
}

internal sealed record GetDisclosureQuery(Guid OrganId, int Year, DisclosureKind Kind) : IQuery<DisclosureResponse>;

internal sealed class GetDisclosureValidator : AbstractValidator<GetDisclosureQuery>
{
    public GetDisclosureValidator()
    {
        RuleFor(q => q.Year).Year();
        RuleFor(q => q.Kind).IsInEnum();
    }
}

internal sealed class GetDisclosureHandler(DisclosurePacks packs) : IRequestHandler<GetDisclosureQuery, DisclosureResponse>
{
    public Task<DisclosureResponse> Handle(GetDisclosureQuery query, CancellationToken ct) => packs.GetAsync(query.OrganId, query.Year, query.Kind, ct);
}
