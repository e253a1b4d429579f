using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Guidance.Data;

namespace OrganAffairs.Guidance.Support;

internal static class ViolationMapping
{
    public static GuidanceViolationResponse ToResponse(this ViolationRow r) =>
        new(r.ViolationId, r.OrganId, r.DivisionCode, Enum.Parse<Duty>(r.Duty), r.Kind, r.SubjectId, r.RuleId, r.RuleVersionId,
            r.ClosedOn is null ? ViolationState.Open : ViolationState.Closed, r.OpenedOn, r.DueOn, r.ClosedOn,
            r.CloseReason is null ? null : Enum.Parse<ViolationCloseReason>(r.CloseReason), r.Note);
}
