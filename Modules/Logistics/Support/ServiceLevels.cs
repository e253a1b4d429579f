using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Support;

/// <summary>
/// The catalogue check (L1) and the service-level clock of a work order (L3): the policy in force on the raise date for the
/// order's division, category and priority; deadlines from <see cref="SlaClock"/> with the order's holds; a breach found at a
/// transition or by the sweep is recorded once and opens <c>logistics.sla-breached</c> in the Shared ledger.
/// </summary>
internal sealed class ServiceLevels(RuleRepository rules, WorkOrderRepository orders, IBusinessCalendar calendar, Violations violations, BusinessClock clock)
{
    public const string SlaBreached = "logistics.sla-breached";

    /// <summary>The catalogue item in force for the division on the date, else 422 logistics.not-in-catalogue naming L1.</summary>
    public async Task<CatalogueItemValue> ItemAsync(string code, string divisionCode, DateOnly on, CancellationToken ct)
    {
        var item = (await rules.InForceAsync(RuleKinds.CatalogueItem, divisionCode, on, ct)).FirstOrDefault(r => r.RuleKey == code);
        return item is null
            ? throw new ProblemException(LogisticsErrors.NotInCatalogue, detail: $"{code} (L1)")
            : RuleJson.Read<CatalogueItemValue>(item.Value);
    }

    /// <summary>
    /// Takes the policy in force on the raise date for the order's category and priority (none: no clock): the own policy of
    /// the contract the order is assigned under when it has one, else the general one. The deadlines are then recomputed from
    /// the raise by <see cref="AfterStepAsync"/>; a breach already recorded stays.
    /// </summary>
    public async Task ChoosePolicyAsync(WorkOrderRow row, CancellationToken ct)
    {
        var inForce = await rules.InForceAsync(RuleKinds.SlaPolicy, row.DivisionCode, clock.DateOf(row.RaisedAt), ct);
        var policy = (row.ContractId is { } contractId ? inForce.FirstOrDefault(r => r.RuleKey == RuleKinds.SlaKey(row.Category, row.Priority, contractId)) : null)
            ?? inForce.FirstOrDefault(r => r.RuleKey == RuleKinds.SlaKey(row.Category, row.Priority));
        var value = policy is null ? null : RuleJson.Read<SlaPolicyValue>(policy.Value);
        row.SlaPolicyId = policy?.Id;
        row.SlaBasis = value?.Basis;
        row.RespondMinutes = value?.RespondWithinMinutes;
        row.ResolveMinutes = value?.ResolveWithinMinutes;
    }

    /// <summary>
    /// After a step (its new status set, not yet written): the deadlines again from the holds (the step's own hold or
    /// resume included), then a breach of the deadline the step meets; closing or cancelling the order ends its violation.
    /// </summary>
    public async Task AfterStepAsync(WorkOrderRow row, WorkOrderAction action, DateTimeOffset now, CancellationToken ct)
    {
        if (row.SlaBasis is { } basis)
        {
            var holds = await HoldsAsync(row.Id, ct);
            if (action == WorkOrderAction.PutOnHold)
            {
                holds.Add(new Hold(now, null));
            }
            else if (action == WorkOrderAction.Resumed && holds.Count > 0 && holds[^1].End is null)
            {
                holds[^1] = holds[^1] with { End = now };
            }
            var working = basis == SlaBasis.WorkingTime
                ? await calendar.LoadAsync(row.DivisionCode, clock.DateOf(row.RaisedAt).Year, clock.DateOf(row.RaisedAt).Year + 1, ct)
                : null;
            row.RespondDueAt = row.RespondMinutes is { } respond ? SlaClock.DueAt(row.RaisedAt, TimeSpan.FromMinutes(respond), basis, working, holds) : null;
            row.ResolveDueAt = row.ResolveMinutes is { } resolve ? SlaClock.DueAt(row.RaisedAt, TimeSpan.FromMinutes(resolve), basis, working, holds) : null;
            if (action == WorkOrderAction.Assigned)
            {
                // A contract's stricter policy may put a deadline in the past at the assignment: the breach is recorded now, not at the sweep.
                if (row.OnSiteAt is null && !row.RespondBreached && row.RespondDueAt is { } respondDue && SlaClock.IsBreached(respondDue, now))
                {
                    await BreachAsync(row, respond: true, ct);
                }
                if (row.ResolvedAt is null && !row.ResolveBreached && row.ResolveDueAt is { } resolveDue && SlaClock.IsBreached(resolveDue, now))
                {
                    await BreachAsync(row, respond: false, ct);
                }
            }
            if (action == WorkOrderAction.ArrivedOnSite && row.RespondDueAt is { } respondBy && SlaClock.IsBreached(respondBy, now))
            {
                await BreachAsync(row, respond: true, ct);
            }
            if (action == WorkOrderAction.Resolved && row.ResolveDueAt is { } resolveBy && SlaClock.IsBreached(resolveBy, now))
            {
                await BreachAsync(row, respond: false, ct);
            }
        }
        if (action is WorkOrderAction.Confirmed or WorkOrderAction.Cancelled)
        {
            await violations.CloseOpenAsync(Duty.Logistics, SlaBreached, row.Id, clock.Today,
                action == WorkOrderAction.Confirmed ? ViolationCloseReason.Corrected : ViolationCloseReason.SubjectEnded, null, ct);
        }
    }

    /// <summary>Records the breach on the row (once) and opens the violation (once per order).</summary>
    public async Task BreachAsync(WorkOrderRow row, bool respond, CancellationToken ct)
    {
        if (respond)
        {
            row.RespondBreached = true;
        }
        else
        {
            row.ResolveBreached = true;
        }
        await violations.OpenOnceAsync(new ViolationFinding(Duty.Logistics, SlaBreached, row.Id, row.OrganId, "L3", row.SlaPolicyId, clock.Today, null), ct);
    }

    private async Task<List<Hold>> HoldsAsync(Guid orderId, CancellationToken ct)
    {
        var holds = new List<Hold>();
        foreach (var entry in await orders.HistoryAsync(orderId, ct))
        {
            if (entry.Action == WorkOrderAction.PutOnHold)
            {
                holds.Add(new Hold(entry.At, null));
            }
            else if (entry.Action == WorkOrderAction.Resumed && holds.Count > 0)
            {
                holds[^1] = holds[^1] with { End = entry.At };
            }
        }
        return holds;
    }
}
