using System.Text.Json;
using System.Text.Json.Serialization;
using MediatR;
using OrganAffairs.Contracts.Costs;
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
    IMediator mediator, OrganScope scope, BusinessClock clock)
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
            lines, lines.Sum(l => l.Previous), lines.Sum(l => l.Current), await StatisticsAsync(organId, year, ct), null);
    }

    private async Task<DisclosureStatistics> StatisticsAsync(Guid organId, int year, CancellationToken ct)
    {
        var receptions = (await mediator.Send(new GetReceptionCountsQuery([organId], year), ct)).GetValueOrDefault(organId) ?? new ReceptionCounts(0, 0);
        var vehicles = (await mediator.Send(new GetVehicleCountsQuery([organId], year), ct)).GetValueOrDefault(organId) ?? new VehicleCounts(0, 0);
        // Delegations and travellers stay null until ForeignAffairs offers its visits query (docs/adr/0100).
        return new DisclosureStatistics(null, null, vehicles.Bought, vehicles.HeldAtYearEnd, receptions.Receptions, receptions.Guests);
    }

    private static JsonElement Value(IReadOnlyList<RuleRow> inForce, string key) =>
        JsonDocument.Parse((inForce.FirstOrDefault(r => r.RuleKey == key) ?? throw new InvalidOperationException($"No costs rule {key} in force")).Value).RootElement;
}
