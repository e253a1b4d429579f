using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Guidance.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Guidance.Features;

/// <summary>Open violations grouped by organ, division, duty and kind (Guidance_GetViolationDashboard): the route.</summary>
internal static class GetViolationDashboard
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder violations) =>
        violations.MapGet("/dashboard", Handle).WithName("Guidance_GetViolationDashboard")
            .WithSummary("The violations dashboard: open violations per organ, division, duty and kind (违规事项看板)")
            .WithDescription("Open violations of every duty grouped by `groupBy` (Organ, the default: organ, duty, kind; Division: the organs' division " +
                             "code, duty, kind; Kind: duty, kind; Duty), each row with its count, how many are past their due date, the oldest " +
                             $"opening and the ids of its oldest {ViolationRepository.IdsPerGroup}. Filters: duty, kind, organId, and bureauId with level " +
                             "(Own 本级: organs with exactly the bureau's division code; Whole, the default: its whole jurisdiction). A lower-level bureau " +
                             "sees its own organs' rows only. `format=Csv` (or `Accept: text/csv` without a format) answers text/csv, the ids joined by spaces.")
            .Produces<IReadOnlyList<ViolationDashboardRow>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400)
            .StrictEnums<DashboardParameters>()
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<IResult> Handle([AsParameters] DashboardParameters p, HttpContext http, IMediator mediator, CancellationToken ct) =>
        Csv.Answer(p.Format, http, await mediator.Send(new DashboardQuery(new ViolationQuery(null, p.Duty, p.Kind, p.OrganId, p.BureauId, p.Level), p.GroupBy ?? ViolationGrouping.Organ), ct), [
            ("organId", r => r.OrganId), ("divisionCode", r => r.DivisionCode), ("duty", r => r.Duty), ("kind", r => r.Kind), ("openCount", r => r.OpenCount),
            ("overdueCount", r => r.OverdueCount), ("oldestOpenedOn", r => r.OldestOpenedOn), ("oldestViolationId", r => r.OldestViolationId),
            ("violationIds", r => string.Join(' ', r.ViolationIds))]);
}

/// <summary>Query parameters of GET /api/v1/guidance/violations/dashboard.</summary>
internal sealed record DashboardParameters
{
    [FromQuery(Name = "groupBy")] public ViolationGrouping? GroupBy { get; init; }
    [FromQuery(Name = "duty")] public Duty? Duty { get; init; }
    [FromQuery(Name = "kind")] public string? Kind { get; init; }
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "bureauId")] public Guid? BureauId { get; init; }
    [FromQuery(Name = "level")] public JurisdictionLevel? Level { get; init; }
    [FromQuery(Name = "format")] public ReportFormat? Format { get; init; }
}

internal sealed record DashboardQuery(ViolationQuery Filter, ViolationGrouping GroupBy) : IQuery<IReadOnlyList<ViolationDashboardRow>>;

internal sealed class DashboardValidator : AbstractValidator<DashboardQuery>
{
    public DashboardValidator() => RuleFor(q => q.Filter.Kind).MaximumLength(100).OverridePropertyName("kind");
}

internal sealed class DashboardHandler(ViolationRepository violations, BureauSelection bureaus, BusinessClock clock) : IRequestHandler<DashboardQuery, IReadOnlyList<ViolationDashboardRow>>
{
    public async Task<IReadOnlyList<ViolationDashboardRow>> Handle(DashboardQuery query, CancellationToken ct)
    {
        var filter = await bureaus.FilterAsync(query.Filter, ct);
        var (groups, members) = await violations.DashboardAsync(filter, query.GroupBy, clock.Today, ct);
        var ids = members.ToLookup(m => (m.OrganId, m.DivisionCode, m.Duty, m.Kind), m => m.ViolationId);
        return groups.Select(g =>
        {
            var oldest = ids[(g.OrganId, g.DivisionCode, g.Duty, g.Kind)].ToList();
            return new ViolationDashboardRow(g.OrganId, g.DivisionCode, Enum.Parse<Duty>(g.Duty), g.Kind, (int)g.OpenCount, (int)g.OverdueCount, g.OldestOpenedOn,
                oldest[0], oldest);
        }).ToList();
    }
}
