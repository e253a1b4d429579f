using MediatR;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Outbox;

namespace OrganAffairs.Costs.Features;

/// <summary>The Contracts backfill query of Costs' open violations (no route: other modules send it).</summary>
internal sealed class ListOpenCostsViolationsHandler(Violations violations) : IRequestHandler<ListOpenCostsViolations, OpenViolationsPage>
{
    public Task<OpenViolationsPage> Handle(ListOpenCostsViolations request, CancellationToken cancellationToken) =>
        violations.ListOpenAsync(Duty.Costs, request, cancellationToken);
}
