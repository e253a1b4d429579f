using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Audit;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>
/// The members of a visit with document numbers in clear, for a principal with foreign-affairs.personal-data (sent by
/// ListVisitMembers). A command, so that the read is written to the audit trail in its own transaction: one entry per member
/// whose number or date of birth was shown, naming the fields shown, never their values.
/// </summary>
internal sealed record RevealVisitMembersCommand(Guid Id) : ICommand<IReadOnlyList<VisitMemberRecord>>;

internal sealed class RevealVisitMembersHandler(MemberAnswers answers, AuditTrail audit) : IRequestHandler<RevealVisitMembersCommand, IReadOnlyList<VisitMemberRecord>>
{
    public async Task<IReadOnlyList<VisitMemberRecord>> Handle(RevealVisitMembersCommand command, CancellationToken ct)
    {
        var (visit, members) = await answers.OfVisitAsync(command.Id, ct);
        var answer = await answers.AnswerAsync(visit, members, unmasked: true, ct);
        foreach (var shown in answer.Where(m => m.DocumentNumber is not null || m.DateOfBirth is not null))
        {
            var fields = new Dictionary<string, FieldChange>();
            if (shown.DocumentNumber is not null)
            {
                fields["documentNumberReadUnmasked"] = new(null, $"visit {visit.Id}");
            }
            if (shown.DateOfBirth is not null)
            {
                fields["dateOfBirthReadUnmasked"] = new(null, $"visit {visit.Id}");
            }
            audit.Record("ForeignAffairsTravelDocument", shown.Id, visit.OrganId, fields);
        }
        return answer;
    }
}
