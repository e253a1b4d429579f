using MediatR;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Outbox;

namespace OrganAffairs.Buildings.Features;

/// <summary>The Buildings module's open violations for a new consumer's backfill, from the Shared ledger (docs/adr/0029).</summary>
internal sealed class ListOpenBuildingsViolationsHandler(Violations violations) : IRequestHandler<ListOpenBuildingsViolations, OpenViolationsPage>
{
    public Task<OpenViolationsPage> Handle(ListOpenBuildingsViolations query, CancellationToken ct) => violations.ListOpenAsync(Duty.Buildings, query, ct);
}
