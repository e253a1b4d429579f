using MediatR;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Outbox;

namespace OrganAffairs.Energy.Features;

/// <summary>The Contracts backfill query of Energy's open violations (no route: other modules send it).</summary>
internal sealed class ListOpenEnergyViolationsHandler(Violations violations) : IRequestHandler<ListOpenEnergyViolations, OpenViolationsPage>
{
    public Task<OpenViolationsPage> Handle(ListOpenEnergyViolations request, CancellationToken cancellationToken) =>
        violations.ListOpenAsync(Duty.Energy, request, cancellationToken);
}
