using MediatR;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Outbox;

namespace OrganAffairs.Logistics.Features;

/// <summary>The Contracts backfill query of Logistics' open violations (no route: other modules send it).</summary>
internal sealed class ListOpenLogisticsViolationsHandler(Violations violations) : IRequestHandler<ListOpenLogisticsViolations, OpenViolationsPage>
{
    public Task<OpenViolationsPage> Handle(ListOpenLogisticsViolations request, CancellationToken cancellationToken) =>
        violations.ListOpenAsync(Duty.Logistics, request, cancellationToken);
}
