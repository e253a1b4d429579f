using MediatR;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Outbox;

namespace OrganAffairs.Reception.Features;

/// <summary>The Contracts backfill query of Reception's open violations (no route: other modules send it).</summary>
internal sealed class ListOpenReceptionViolationsHandler(Violations violations) : IRequestHandler<ListOpenReceptionViolations, OpenViolationsPage>
{
    public Task<OpenViolationsPage> Handle(ListOpenReceptionViolations request, CancellationToken cancellationToken) =>
        violations.ListOpenAsync(Duty.Reception, request, cancellationToken);
}
