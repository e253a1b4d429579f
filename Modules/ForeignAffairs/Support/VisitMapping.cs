using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.Shared.Money;

namespace OrganAffairs.ForeignAffairs.Support;

/// <summary>Visit rows to answers and fields to rows; the measures are computed with the seeded regions list.</summary>
internal static class VisitMapping
{
    public static VisitFields Fields(this VisitRow row) => new(
        row.Purpose, row.InvitingParty, row.InvitationReference, row.DelegationType, row.Justification, row.DepartsOn, row.ReturnsOn,
        RuleJson.Read<List<VisitMember>>(row.Members), RuleJson.Read<List<ItineraryLeg>>(row.Itinerary), RuleJson.Read<List<ScheduledActivity>>(row.Schedule),
        row.FundingSource, row.BudgetFen is { } fen ? Yuan.FromFen(fen) : null);

    public static VisitResponse ToResponse(this VisitRow row, ExtraDayRegions regions)
    {
        var fields = row.Fields();
        return new VisitResponse(
            row.Id, row.OrganId, fields, row.Status, VisitChecks.Measure(fields, regions), row.ApprovalNumber, row.ApprovedOn, row.RuleVersionId,
            row.Reason, row.ReturnedOn, row.ReportSummary, row.Version, row.CreatedAt, row.UpdatedAt, row.PublicationStartsOn);
    }

    /// <summary>Sets the settable fields of the row from a request (trimmed; codes upper-case as sent).</summary>
    public static void Apply(this VisitRow row, VisitFields f)
    {
        row.Purpose = f.Purpose.Trim();
        row.InvitingParty = Trimmed(f.InvitingParty);
        row.InvitationReference = Trimmed(f.InvitationReference);
        row.DelegationType = f.DelegationType;
        row.Justification = Trimmed(f.Justification);
        row.DepartsOn = f.DepartsOn;
        row.ReturnsOn = f.ReturnsOn;
        row.Members = RuleJson.Write(f.Members.Select(m => m with { Post = Trimmed(m.Post) }).ToList());
        row.Itinerary = RuleJson.Write(f.Itinerary.OrderBy(l => l.ArrivesOn).ToList());
        row.Schedule = RuleJson.Write(f.Schedule.OrderBy(a => a.On).Select(a => a with { Description = a.Description.Trim() }).ToList());
        row.FundingSource = Trimmed(f.FundingSource);
        row.BudgetFen = f.Budget is { } yuan ? Yuan.ToFen(yuan) : null;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
