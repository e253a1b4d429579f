using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Guidance.Domain;
using OrganAffairs.Guidance.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Guidance.Features;

/// <summary>The year's ranking of lower-level bureaus (Guidance_GetBureauRankings): the route.</summary>
internal static class GetBureauRankings
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rankings) =>
        rankings.MapGet("/", Handle).WithName("Guidance_GetBureauRankings")
            .WithSummary("Rank the lower-level bureaus of a year by on-time reporting, open findings and on-time rectification (下级管理局排名)")
            .WithDescription("Bureaus that had a submission due in the year or a finding recorded in it. Reporting: submissions due in the year whose " +
                             "deadline has passed (or that were submitted), on time when the latest submission came by the due date. Findings recorded in " +
                             "the year count for the most specific bureau whose jurisdiction holds the unit. Rank order: reporting rate (high first), open " +
                             "findings (few first), rectification rate (high first); equal keys share a rank. A lower-level bureau sees the rows of its " +
                             "own jurisdiction only, ranked among all.")
            .Produces<IReadOnlyList<BureauRankingRow>>().Problems(400)
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<BureauRankingRow>>> Handle([FromQuery(Name = "year")] int year, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetBureauRankingsQuery(year), ct));
}

internal sealed record GetBureauRankingsQuery(int Year) : IQuery<IReadOnlyList<BureauRankingRow>>;

internal sealed class GetBureauRankingsValidator : AbstractValidator<GetBureauRankingsQuery>
{
    public GetBureauRankingsValidator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100).OverridePropertyName("year");
}

internal sealed class GetBureauRankingsHandler(InspectionRepository repo, OrganDirectory directory, BureauOrgan topBureau, OrganScope scope, BusinessClock clock)
    : IRequestHandler<GetBureauRankingsQuery, IReadOnlyList<BureauRankingRow>>
{
    public async Task<IReadOnlyList<BureauRankingRow>> Handle(GetBureauRankingsQuery query, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(query.Year, 1, 1), new DateOnly(query.Year, 12, 31));
        var submissions = await repo.SubmissionTalliesAsync(from, to, clock.Today, ct);
        var bureaus = submissions.Where(s => !topBureau.Is(s.OrganId)).ToDictionary(s => s.OrganId, s => s.DivisionCode);
        foreach (var unit in await repo.FindingUnitsAsync(from, to, ct))
        {
            if (!bureaus.ContainsKey(unit.OrganId) && !topBureau.Is(unit.OrganId) && await directory.BureauDivisionCodeAsync(unit.OrganId, ct) is { } code)
            {
                bureaus[unit.OrganId] = code;
            }
        }
        // A finding counts for the most specific bureau whose jurisdiction holds its unit's division code.
        var prefixes = bureaus.Select(b => (b.Key, Prefix: Jurisdiction.PrefixOf(b.Value))).OrderByDescending(b => b.Prefix.Length).ToList();
        var findings = bureaus.Keys.ToDictionary(id => id, _ => (Total: 0, Open: 0, Verified: 0, OnTime: 0));
        foreach (var tally in await repo.FindingTalliesAsync(from, to, ct))
        {
            var owner = prefixes.FirstOrDefault(p => Jurisdiction.Contains(p.Prefix, tally.DivisionCode));
            if (owner.Prefix is null)
            {
                continue;
            }
            var f = findings[owner.Key];
            findings[owner.Key] = (f.Total + (int)tally.Total, f.Open + (int)tally.OpenCount, f.Verified + (int)tally.Verified, f.OnTime + (int)tally.OnTime);
        }
        var due = submissions.ToDictionary(s => s.OrganId);
        var ranked = Rankings.Rank(bureaus.Select(b =>
        {
            var s = due.GetValueOrDefault(b.Key);
            var f = findings[b.Key];
            return new BureauYear(b.Key, b.Value, (int)(s?.Due ?? 0), (int)(s?.OnTime ?? 0), f.Total, f.Open, f.Verified, f.OnTime);
        }));
        var visible = await scope.VisibilityAsync(ranked.Select(r => (Guid?)r.BureauId), ct);
        return ranked.Where(r => visible(r.BureauId)).ToList();
    }
}
