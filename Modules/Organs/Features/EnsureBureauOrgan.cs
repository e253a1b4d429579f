using MediatR;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Shared.Checks;
using OrganAffairs.Organs.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Organs.Features;

/// <summary>
/// First start: finds the bureau's organ by its credit code, or registers it from configuration.
/// A wrong configuration stops the Host at start-up with a clear message rather than seeding bad data.
/// </summary>
internal sealed class EnsureBureauOrganHandler(OrganRepository organs, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<EnsureBureauOrganCommand, Guid>
{
    public async Task<Guid> Handle(EnsureBureauOrganCommand command, CancellationToken ct)
    {
        if (!UnifiedSocialCreditCode.IsValid(command.UnifiedSocialCreditCode) || !Jurisdictions.IsDivisionCode(command.DivisionCode)
            || string.IsNullOrWhiteSpace(command.Name))
        {
            throw new InvalidOperationException(
                "Bureau:Name, Bureau:DivisionCode (6 digits) and Bureau:UnifiedSocialCreditCode (a valid GB 32100 code) must be configured.");
        }
        if (await organs.FindByUsccAsync(command.UnifiedSocialCreditCode, ct) is { } existing)
        {
            return existing;
        }
        var now = clock.UtcNow;
        var row = new OrganRow
        {
            Id = ids.NewId(),
            Name = command.Name.Trim(),
            DivisionCode = command.DivisionCode,
            Uscc = command.UnifiedSocialCreditCode,
            Level = AdministrativeLevel.Municipal,
            OrganType = OrganType.GovernmentDepartment,
            Status = OrganStatus.Active,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await organs.InsertAsync(row, ct);
        audit.Record("Organ", row.Id, row.Id, AuditTrail.Diff(null, OrganMapping.Snapshot(row, [])));
        return row.Id;
    }
}
