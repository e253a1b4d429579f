using MediatR;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Outbox;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>The Contracts backfill query of ForeignAffairs' open violations (no route: other modules send it).</summary>
internal sealed class ListOpenForeignAffairsViolationsHandler(Violations violations) : IRequestHandler<ListOpenForeignAffairsViolations, OpenViolationsPage>
{
    public Task<OpenViolationsPage> Handle(ListOpenForeignAffairsViolations request, CancellationToken cancellationToken) =>
        violations.ListOpenAsync(Duty.ForeignAffairs, request, cancellationToken);
}
