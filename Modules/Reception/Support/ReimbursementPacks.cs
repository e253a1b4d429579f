using System.Text.Json;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Domain;

namespace OrganAffairs.Reception.Support;

/// <summary>
/// The reimbursement pack of a reception (letter + approval + signed list + cost lines with payment references) and
/// what it still lacks; settlement needs it complete.
/// </summary>
internal sealed class ReimbursementPacks(LetterRepository letters, ListRepository lists, CostRepository costs)
{
    private static readonly JsonSerializerOptions Json = RuleJson.Options;

    public async Task<ReimbursementPackResponse> AssembleAsync(ReceptionRow reception, CancellationToken ct)
    {
        LetterResponse? letter = null;
        if (reception.LetterId is { } letterId && await letters.GetVisibleAsync(letterId, ct) is { } row)
        {
            letter = row.ToResponse(await letters.GuestsAsync(row.Id, ct));
        }
        var list = (await lists.OfReceptionAsync(reception.Id, ct)).LastOrDefault() is { } latest ? Read(latest) : null;
        var lines = await costs.OfReceptionAsync(reception.Id, ct);
        var missing = new List<string>();
        if (letter is null)
        {
            missing.Add("letter");
        }
        if (reception.Status is not (ReceptionStatus.Approved or ReceptionStatus.Completed or ReceptionStatus.Settled))
        {
            missing.Add("approval");
        }
        if (list is null)
        {
            missing.Add("signed-list");
        }
        if (!lines.Any(l => !CostRules.IsGuestFee(l.Category)))
        {
            missing.Add("cost-lines");
        }
        if (lines.Any(l => string.IsNullOrWhiteSpace(l.ReceiptReference)))
        {
            missing.Add("receipt-references");
        }
        if (lines.Any(l => l.OverStandard && l.ExplanationApprovedBy is null))
        {
            missing.Add("approved-explanations");
        }
        return new ReimbursementPackResponse(reception.ToResponse(), letter, list, lines.Select(l => l.ToResponse()).ToList(), missing.Count == 0, missing);
    }

    public static ReceptionListResponse Read(ListRow row) => JsonSerializer.Deserialize<ReceptionListResponse>(row.Content, Json)!;

    public static string Write(ReceptionListResponse list) => JsonSerializer.Serialize(list, Json);
}
