using MediatR;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Outbox;

namespace OrganAffairs.Assets.Features;

/// <summary>The Contracts backfill query of Assets' open violations (no route: other modules send it).</summary>
internal sealed class ListOpenAssetsViolationsHandler(Violations violations) : IRequestHandler<ListOpenAssetsViolations, OpenViolationsPage>
{
    public Task<OpenViolationsPage> Handle(ListOpenAssetsViolations request, CancellationToken cancellationToken) =>
        violations.ListOpenAsync(Duty.Assets, request, cancellationToken);
}
