using MediatR;
using OrganAffairs.Access.Data;
using OrganAffairs.Access.Support;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Access.Features;

/// <summary>
/// The operator's `admin-key` command: one more key with every scope for the bureau, recorded in the
/// audit trail as created by the system principal. Other keys stay as they are.
/// </summary>
internal sealed class IssueAdminApiKeyHandler(ApiKeyRepository keys, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<IssueAdminApiKeyCommand, string>
{
    public Task<string> Handle(IssueAdminApiKeyCommand command, CancellationToken ct) =>
        AdminKeys.InsertAsync(AdminKeys.Row(ids.NewId(), command.Name, command.BureauOrganId, command.Scopes, clock.UtcNow), keys, audit, ct);
}
