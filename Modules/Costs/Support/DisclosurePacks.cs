using System.Text.Json;
using System.Text.Json.Serialization;
using MediatR;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Costs.Data;
using OrganAffairs.Costs.Domain;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Costs.Support;

/// <summary>
/// The 三公经费 disclosure pack of an organ, year and kind (T3, T4): a Draft computed now from the budget or final
/// accounts, the previous year's actuals, the statistics of the source modules' Contracts queries and the rules in
/// force on the approval date; once published, the frozen pack.
/// </summary>
internal sealed class DisclosurePacks(
    BudgetRepository budgets, FinalAccountRepository accounts, DisclosureRepository disclosures, RuleRepository rules, BudgetViews views,
    TrainingCostRepository training, IMediator mediator, OrganScope scope, BusinessClock clock)
{
    public const string DueKind = "disclosure-due";
    public const string ReasonKind = "change-reason";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The published pack, or the draft as it stands today; 404 when the organ is not visible or the approval is not recorded.</summary>
    public async Task<DisclosureResponse> GetAsync(Guid organId, int year, DisclosureKind kind, CancellationToken ct)
    {
        await scope.EnsureVisibleAsync(organId, CostsErrors.OrganNotFound, ct);
        return await disclosures.GetAsync(organId, year, kind, ct) is { } published
            ? JsonSerializer.Deserialize<DisclosureResponse>(published.Content, Json)!
            : await DraftAsync(organId, year, kind, ct);
    }

    public static string Freeze(DisclosureResponse pack) => JsonSerializer.Serialize(pack, Json);

    private async Task<DisclosureResponse> DraftAsync(Guid organId, int year, DisclosureKind kind, CancellationToken ct)
    {
        DateOnly approvedOn;
        Dictionary<CostLine, long> current;
        if (kind == DisclosureKind.Budget)
        {
            var budget = await budgets.GetAsync(organId, year, ct) ?? throw new ProblemException(CostsErrors.BudgetNotFound);
            approvedOn = budget.ApprovedOn;
            current = (await budgets.LinesAsync(budget.Id, ct)).ToDictionary(l => l.Line, l => l.BasicFen + l.ProjectFen);
        }
        else
        {
            var account = await accounts.GetAsync(organId, year, ct) ?? throw new ProblemException(CostsErrors.FinalAccountNotFound);
            approvedOn = account.ApprovedOn;
            current = BudgetViews.Response(account).Lines.ToDictionary(l => l.Line, l => Yuan.ToFen(l.Actual));
        }
        var division = (await mediator.Send(new GetOrganQuery(organId), ct))?.DivisionCode;
        var days = Value(await rules.InForceAsync(DueKind, division, approvedOn, ct), kind.ToString()).GetProperty("days").GetInt32();
        var threshold = Value(await rules.InForceAsync(ReasonKind, division, approvedOn, ct), "all").GetProperty("thresholdPercent").GetDecimal();
        var previous = await views.ActualsAsync(organId, year - 1, ct);
        var lines = BudgetViews.Lines.Select(line =>
        {
            var (before, now) = (previous[line].AmountFen, current.GetValueOrDefault(line));
            return new DisclosureLineResponse(line, Yuan.FromFen(before), Yuan.FromFen(now), Yuan.FromFen(now - before),
                DisclosureRules.ChangePercent(before, now), DisclosureRules.NeedsReason(before, now, threshold), null);
        }).ToList();
        var dueOn = DisclosureRules.DueOn(approvedOn, days);
        return new DisclosureResponse(organId, year, kind, DisclosureStatus.Draft, approvedOn, dueOn, DisclosureRules.IsOverdue(dueOn, clock.Today, null), threshold,
            lines, lines.Sum(l => l.Previous), lines.Sum(l => l.Current), await StatisticsAsync(organId, year, ct), null,
            await CompanionAsync(organId, kind == DisclosureKind.Budget ? year - 1 : year, ct));
    }

    /// <summary>
    /// The companion table (会议费、培训费) of the year whose actuals the pack states: meetings from Logistics' Contracts query, training
    /// costs as entered here (null when not entered).
    /// </summary>
    private async Task<DisclosureCompanion> CompanionAsync(Guid organId, int year, CancellationToken ct)
    {
        var meetings = (await mediator.Send(new GetMeetingCostsQuery([organId], year), ct)).GetValueOrDefault(organId);
        var entered = await training.GetAsync(organId, year, ct);
        return new DisclosureCompanion(year, meetings?.Meetings ?? 0, meetings?.AttendeeDays ?? 0, Yuan.FromFen(meetings?.CostFen ?? 0), meetings?.UnsettledMeetings ?? 0,
            entered?.Courses, entered?.Trainees, entered is null ? null : Yuan.FromFen(entered.AmountFen));
    }

    private async Task<DisclosureStatistics> StatisticsAsync(Guid organId, int year, CancellationToken ct) =>
        (await StatisticsAsync([organId], year, mediator, ct))[organId];

    /// <summary>
    /// The statistics of the year per organ among <paramref name="organIds"/> (every one present, zeros when a source has nothing), one bulk
    /// query per source module: outbound delegations and travellers (ForeignAffairs), vehicles bought and held (Vehicles), domestic
    /// receptions and guests (Reception) and foreign ones (ForeignAffairs' incoming delegations).
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, DisclosureStatistics>> StatisticsAsync(IReadOnlyCollection<Guid> organIds, int year, IMediator mediator, CancellationToken ct)
    {
        var receptions = await mediator.Send(new GetReceptionCountsQuery(organIds, year), ct);
        var vehicles = await mediator.Send(new GetVehicleCountsQuery(organIds, year), ct);
        var outbound = (await mediator.Send(new GetOutboundVisitCountsQuery(year, organIds), ct)).ToDictionary(c => c.OrganId);
        var incoming = await mediator.Send(new GetIncomingDelegationCountsQuery(organIds, year), ct);
        return organIds.Distinct().ToDictionary(id => id, id =>
        {
            var r = receptions.GetValueOrDefault(id) ?? new ReceptionCounts(0, 0);
            var v = vehicles.GetValueOrDefault(id) ?? new VehicleCounts(0, 0);
            var o = outbound.GetValueOrDefault(id);
            var i = incoming.GetValueOrDefault(id);
            return new DisclosureStatistics(o?.Visits ?? 0, o?.Travellers ?? 0, v.Bought, v.HeldAtYearEnd, r.Receptions, r.Guests, i?.Delegations ?? 0, i?.Guests ?? 0);
        });
    }

    private static JsonElement Value(IReadOnlyList<RuleRow> inForce, string key) =>
        JsonDocument.Parse((inForce.FirstOrDefault(r => r.RuleKey == key) ?? throw new InvalidOperationException($"No costs rule {key} in force")).Value).RootElement;
}
