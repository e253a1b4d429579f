using MediatR;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Outbox;

namespace OrganAffairs.Guidance.Features;

/// <summary>The Contracts backfill query of Guidance's own open violations, the open inspection findings (no route: the backfill sends it).</summary>
internal sealed class ListOpenGuidanceViolationsHandler(Violations violations) : IRequestHandler<ListOpenGuidanceViolations, OpenViolationsPage>
{
    public Task<OpenViolationsPage> Handle(ListOpenGuidanceViolations request, CancellationToken cancellationToken) =>
        violations.ListOpenAsync(Duty.Guidance, request, cancellationToken);
}
