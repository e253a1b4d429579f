using MediatR;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Guidance.Features;

/// <summary>The Contracts query the rule-table helper sends for a version's <c>documentId</c> (no route).</summary>
internal sealed class RuleDocumentExistsHandler(RuleDocumentRepository documents, BusinessClock clock) : IRequestHandler<RuleDocumentExists, bool>
{
    public async Task<bool> Handle(RuleDocumentExists request, CancellationToken cancellationToken) =>
        await documents.GetAsync(request.DocumentId, clock.Today, cancellationToken) is not null;
}
