using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Domain;
using OrganAffairs.Reception.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Reception.Features;

/// <summary>Settle a held reception (Reception_SettleReception): the route.</summary>
internal static class SettleReception
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder receptions) =>
        receptions.MapPost("/{id:guid}/settle", Handle).WithName("Reception_SettleReception")
            .WithSummary("Settle a held reception (结算); the actuals replace the reservation against the cap")
            .WithDescription("Completed → Settled, only with a complete reimbursement pack (GET …/pack): the letter, the approval, a signed reception list, at least one cost line with its payment reference, and every over-standard explanation approved (422 reception.pack-incomplete). The cap's reservation of the budget is replaced by the actual spending; actuals that pass the cap open the violation reception.cap-passed (R9) until the bureau raises the cap.")
            .Produces<ReceptionResponse>().Problems(404, 409, 422)
            .RequireScope(ReceptionModule.WriteScope);

    private static async Task<Ok<ReceptionResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new SettleReceptionCommand(id), ct), r => r.Version);
}

internal sealed record SettleReceptionCommand(Guid Id) : ICommand<ReceptionResponse>;

internal sealed class SettleReceptionHandler(ReceptionWorkflow workflow, ReimbursementPacks packs, CapLedger caps, Violations violations, BusinessClock clock) : IRequestHandler<SettleReceptionCommand, ReceptionResponse>
{
    public async Task<ReceptionResponse> Handle(SettleReceptionCommand command, CancellationToken ct)
    {
        var row = await workflow.LoadAsync(command.Id, ReceptionStatus.Settled, [ReceptionStatus.Completed], ct);
        var pack = await packs.AssembleAsync(row, ct);
        if (!pack.Complete)
        {
            throw new ProblemException(ReceptionErrors.PackIncomplete, detail: string.Join(", ", pack.Missing));
        }
        if (await caps.SettleAsync(row, ct) is { } cap && cap.SpentFen + cap.ReservedFen > cap.CapFen)
        {
            // The actuals passed the year's cap: a violation until the bureau raises the cap.
            await violations.OpenOnceAsync(new ViolationFinding(Duty.Reception, ReceptionViolationKinds.CapPassed, cap.Id, row.OrganId, "R9", null, clock.Today, null), ct);
        }
        return await workflow.MoveAsync(row, ReceptionStatus.Settled, null, ct);
    }
}
