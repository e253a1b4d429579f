using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>
/// The delegation with its guests' dates of birth in clear, for a principal with foreign-affairs.personal-data (sent by GetDelegation): a command, so that the read is
/// written to the audit trail (one entry naming the guests whose dates were shown, never the dates), as the members' unmasked read.
/// </summary>
internal sealed record RevealDelegationCommand(Guid Id) : ICommand<DelegationResponse>;

internal sealed class RevealDelegationHandler(DelegationRepository delegations, TravelDocuments documents, AuditTrail audit)
    : IRequestHandler<RevealDelegationCommand, DelegationResponse>
{
    public async Task<DelegationResponse> Handle(RevealDelegationCommand command, CancellationToken ct)
    {
        var row = await delegations.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(ForeignAffairsErrors.DelegationNotFound);
        var answer = row.ToResponse(await delegations.CostsOfAsync([row.Id], ct), documents, unmasked: true);
        var shown = answer.Guests.Select((g, i) => (g, i)).Where(x => x.g.DateOfBirth is not null).Select(x => x.i).ToList();
        if (shown.Count > 0)
        {
            audit.Record("ForeignAffairsDelegationGuests", row.Id, row.OrganId,
                new Dictionary<string, FieldChange> { ["dateOfBirthReadUnmasked"] = new(null, $"guests {string.Join(", ", shown)}") });
        }
        return answer;
    }
}
