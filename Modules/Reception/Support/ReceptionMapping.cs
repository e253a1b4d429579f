using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Domain;
using OrganAffairs.Shared.Money;

namespace OrganAffairs.Reception.Support;

internal static class ReceptionMapping
{
    public static LetterResponse ToResponse(this LetterRow r, IEnumerable<GuestRow> guests) => new(
        r.Id, r.OrganId, r.SenderName, r.SenderCreditCode, r.LetterNumber, r.LetterDate, r.Purpose, r.Itinerary,
        guests.OrderBy(g => g.Position).Select(g => new GuestResponse(g.Id, g.Unit, g.Name, g.Post, g.Rank)).ToList(), r.ReceptionId, r.CreatedAt);

    public static ReceptionResponse ToResponse(this ReceptionRow r) => new(
        r.Id, r.OrganId, r.LetterId, r.Title, ReceptionRules.Split<ReceptionActivity>(r.Activities), r.StartsOn, r.EndsOn, r.Place, r.HandlingDepartment,
        r.StaffMemberId, Yuan.FromFen(r.BudgetFen), r.SameCity, r.HostArrangesMeals, r.WorkingMeals, r.AccompanyingDiners, r.GuestCount,
        r.MealStandardFen is { } fen ? Yuan.FromFen(fen) : null, r.Lodging, ReceptionRules.Split<ReceptionItem>(r.Items), r.Status, r.Reason,
        Yuan.FromFen(r.ActualFen), Yuan.FromFen(r.GuestFeesFen), r.TripId, r.MeetingRoomBookingId, r.Version, r.CreatedAt, r.UpdatedAt);

    public static CostLineResponse ToResponse(this CostRow r) => new(
        r.Id, r.ReceptionId, r.Category, Yuan.FromFen(r.AmountFen), r.PaymentMethod, r.ReceiptReference, r.IncurredOn, r.Persons, r.Units,
        ReceptionRules.Split<ReceptionItem>(r.Items), r.StandardFen is { } fen ? Yuan.FromFen(fen) : null, r.OverStandard, r.Explanation, r.RuleVersionId, r.ExplanationApprovedBy,
        r.ExplanationApprovedAt, r.CreatedAt);

    public static CapResponse ToResponse(this CapRow r)
    {
        var used = r.ReservedFen + r.SpentFen;
        return new(r.OrganId, r.Year, Yuan.FromFen(r.CapFen), Yuan.FromFen(r.ReservedFen), Yuan.FromFen(r.SpentFen), Yuan.FromFen(r.CapFen - used),
            r.WarnPercent, used * 100 >= r.CapFen * r.WarnPercent, r.Version);
    }
}
