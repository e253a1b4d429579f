using OrganAffairs.Contracts.Logistics;

namespace OrganAffairs.Logistics.Domain;

/// <summary>The work-order state machine as pure rules: which action may start from which status, and where it leads.</summary>
internal static class WorkOrderRules
{
    private static readonly Dictionary<WorkOrderAction, WorkOrderStatus[]> From = new()
    {
        [WorkOrderAction.Updated] = [WorkOrderStatus.Raised, WorkOrderStatus.Triaged, WorkOrderStatus.Assigned],
        [WorkOrderAction.Triaged] = [WorkOrderStatus.Raised],
        [WorkOrderAction.Assigned] = [WorkOrderStatus.Triaged, WorkOrderStatus.Assigned],
        [WorkOrderAction.ArrivedOnSite] = [WorkOrderStatus.Assigned],
        [WorkOrderAction.PutOnHold] = [WorkOrderStatus.Triaged, WorkOrderStatus.Assigned, WorkOrderStatus.OnSite],
        [WorkOrderAction.Resumed] = [WorkOrderStatus.OnHold],
        [WorkOrderAction.Resolved] = [WorkOrderStatus.OnSite],
        [WorkOrderAction.Confirmed] = [WorkOrderStatus.Resolved],
        [WorkOrderAction.Reopened] = [WorkOrderStatus.Resolved, WorkOrderStatus.Closed],
        [WorkOrderAction.Cancelled] = [WorkOrderStatus.Raised, WorkOrderStatus.Triaged],
        [WorkOrderAction.CostRecorded] = [WorkOrderStatus.Resolved, WorkOrderStatus.Closed],
    };

    public static bool Allows(WorkOrderAction action, WorkOrderStatus status) => From.TryGetValue(action, out var from) && from.Contains(status);

    /// <summary>The status an action leads to; a resumed order goes back to where it was held from.</summary>
    public static WorkOrderStatus Target(WorkOrderAction action, WorkOrderStatus current, WorkOrderStatus? heldFrom) => action switch
    {
        WorkOrderAction.Updated or WorkOrderAction.CostRecorded => current,
        WorkOrderAction.Triaged => WorkOrderStatus.Triaged,
        WorkOrderAction.Assigned => WorkOrderStatus.Assigned,
        WorkOrderAction.ArrivedOnSite => WorkOrderStatus.OnSite,
        WorkOrderAction.PutOnHold => WorkOrderStatus.OnHold,
        WorkOrderAction.Resumed => heldFrom ?? throw new InvalidOperationException("An order on hold remembers where it was held from."),
        WorkOrderAction.Resolved => WorkOrderStatus.Resolved,
        WorkOrderAction.Confirmed => WorkOrderStatus.Closed,
        WorkOrderAction.Reopened => WorkOrderStatus.Assigned,
        WorkOrderAction.Cancelled => WorkOrderStatus.Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>Reopening is allowed up to and including the last day of the window after the resolution's business date.</summary>
    public static bool WithinReopenWindow(DateOnly resolvedOn, DateOnly today, int windowDays) => today <= resolvedOn.AddDays(windowDays);
}
