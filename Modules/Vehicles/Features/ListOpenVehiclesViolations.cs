using MediatR;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Outbox;

namespace OrganAffairs.Vehicles.Features;

/// <summary>The Vehicles module's open violations for a late consumer's backfill, from the Shared ledger (docs/adr/0029).</summary>
internal sealed class ListOpenVehiclesViolationsHandler(Violations violations) : IRequestHandler<ListOpenVehiclesViolations, OpenViolationsPage>
{
    public Task<OpenViolationsPage> Handle(ListOpenVehiclesViolations request, CancellationToken ct) =>
        violations.ListOpenAsync(Duty.Vehicles, request, ct);
}
