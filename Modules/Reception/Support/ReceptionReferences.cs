using MediatR;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Reception.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.References;

namespace OrganAffairs.Reception.Support;

/// <summary>Reference checks through the Organs module's Contracts queries and the module's own letters.</summary>
internal static class ReceptionReferences
{
    /// <summary>The visible, active organ: a 400 on the field when missing or invisible, 409 when dissolved (one policy, in Shared).</summary>
    public static Task<OrganSummary> OrganAsync(IMediator mediator, Guid organId, CancellationToken ct) =>
        OrganReferences.ActiveAsync(mediator, organId, "organId", ReceptionErrors.OrganRefNotFound, ct);

    /// <summary>The person behind the act (DESIGN): an active staff member the caller may see, else 400 on staffMemberId.</summary>
    public static async Task<StaffMemberSummary> StaffAsync(IMediator mediator, Guid staffMemberId, CancellationToken ct) =>
        await mediator.Send(new GetStaffMemberQuery(staffMemberId), ct) is { Status: StaffStatus.Active } member
            ? member
            : throw ProblemException.ForField(ReceptionErrors.StaffRefNotFound, "staffMemberId");

    /// <summary>The letter and its guests: 400 on letterId when missing or invisible; 422 when addressed to another organ.</summary>
    public static async Task<(LetterRow Letter, IReadOnlyList<GuestRow> Guests)> LetterAsync(LetterRepository letters, Guid letterId, Guid organId, CancellationToken ct)
    {
        var letter = await letters.GetVisibleAsync(letterId, ct) ?? throw ProblemException.ForField(ReceptionErrors.LetterRefNotFound, "letterId");
        if (letter.OrganId != organId)
        {
            throw new ProblemException(ReceptionErrors.LetterOtherOrgan);
        }
        return (letter, await letters.GuestsAsync(letterId, ct));
    }
}
