using MediatR;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.ForeignAffairs.Support;

/// <summary>Member rows to answers: the document number and date of birth masked unless asked unmasked, the hand-back due date once returned.</summary>
internal sealed class MemberAnswers(VisitRepository visits, MemberRepository members, HandBackBook handBack, OrganDirectory directory, TravelDocuments documents, IMediator mediator)
{
    /// <summary>The visit the caller may see (404 otherwise) and its member rows in order.</summary>
    public async Task<(VisitRow Visit, IReadOnlyList<MemberRow> Members)> OfVisitAsync(Guid visitId, CancellationToken ct)
    {
        var visit = await visits.GetVisibleAsync(visitId, ct) ?? throw new ProblemException(ForeignAffairsErrors.VisitNotFound);
        return (visit, await members.OfVisitsAsync([visit.Id], ct));
    }

    /// <summary>The visit's member (404 when the visit is not visible or the member is not of it).</summary>
    public async Task<(VisitRow Visit, MemberRow Member)> MemberAsync(Guid visitId, Guid memberId, CancellationToken ct)
    {
        var (visit, rows) = await OfVisitAsync(visitId, ct);
        return (visit, rows.FirstOrDefault(m => m.Id == memberId) ?? throw new ProblemException(ForeignAffairsErrors.MemberNotFound));
    }

    public async Task<IReadOnlyList<VisitMemberRecord>> AnswerAsync(VisitRow visit, IReadOnlyList<MemberRow> rows, bool unmasked, CancellationToken ct)
    {
        DateOnly? due = null;
        if (visit.ReturnedOn is { } returned)
        {
            due = (await handBack.DueAsync(await directory.DivisionCodeAsync(visit.OrganId, ct), returned, ct))?.DueOn;
        }
        var answers = new List<VisitMemberRecord>();
        foreach (var m in rows)
        {
            // Members recorded before names were kept (M0004) show the staff member's current name and unit.
            var staff = m.PersonName is null ? await mediator.Send(new GetStaffMemberQuery(m.StaffMemberId), ct) : null;
            var (number, masked) = m.DocumentNumber is { } stored ? documents.Show(stored, unmasked) : ((string?)null, false);
            var (born, bornMasked) = documents.ShowDateOfBirth(m.DateOfBirth, unmasked);
            answers.Add(new VisitMemberRecord(
                m.Id, m.StaffMemberId, m.PersonName ?? staff?.Name, m.OrganId ?? staff?.OrganId, m.Role, m.Post, m.RankCode ?? staff?.RankCode,
                m.DocumentKind, number, masked, due, m.HandedBackOn, born, bornMasked));
        }
        return answers;
    }
}
