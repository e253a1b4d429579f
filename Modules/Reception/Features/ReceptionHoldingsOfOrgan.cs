using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Reception.Features;

/// <summary>
/// Reception's part in dissolving an organ (ADR 0025): its receptions not yet settled, cancelled or rejected, and its
/// letters no reception uses yet. Both go to the successor (划转) or, recovered (收回), to the bureau's own organ,
/// which then holds, settles or cancels them; an open reception takes its letter, cost lines and signed lists with it,
/// and an approved or held one moves its reservation from the dissolved organ's cap to the receiver's, unchecked (the
/// decision that dissolves the organ approves the transfer). Settled, cancelled and rejected receptions stay with the
/// dissolved organ as its record.
/// </summary>
internal sealed class ReceptionHoldingsOfOrganHandler(
    ReceptionRepository receptions, LetterRepository letters, ReceptionWorkflow workflow, CapLedger caps, AuditTrail audit)
    : IRequestHandler<ReceptionHoldingsOfOrgan, IReadOnlyList<OrganHolding>>
{
    public async Task<IReadOnlyList<OrganHolding>> Handle(ReceptionHoldingsOfOrgan request, CancellationToken ct)
    {
        var open = await receptions.OpenOfOrganAsync(request.OrganId, ct);
        var unused = await letters.UnusedOfOrganAsync(request.OrganId, ct);
        if (request.Settlement is { } settlement)
        {
            var to = settlement.SuccessorOrganId ?? settlement.BureauOrganId ?? throw new ProblemException(SharedErrors.BureauOnly);
            foreach (var row in open)
            {
                await workflow.ChangeAsync(row, r => r.OrganId = to, ct);
                if (row.Status is ReceptionStatus.Approved or ReceptionStatus.Completed)
                {
                    await caps.MoveReservationAsync(row, request.OrganId, ct);
                }
            }
            var moved = unused.Concat(open.Where(r => r.LetterId is not null).Select(r => r.LetterId!.Value)).Distinct().ToList();
            await letters.HandOverAsync(moved, to, ct);
            foreach (var id in moved)
            {
                audit.Record("ReceptionLetter", id, to, new Dictionary<string, FieldChange> { ["organId"] = new(request.OrganId, to) });
            }
        }
        List<OrganHolding> holdings = [];
        if (open.Count > 0)
        {
            holdings.Add(new OrganHolding("reception", "receptions", open.Count));
        }
        if (unused.Count > 0)
        {
            holdings.Add(new OrganHolding("reception", "letters", unused.Count));
        }
        return holdings;
    }
}
