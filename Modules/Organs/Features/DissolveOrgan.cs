using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Organs.Data;
using OrganAffairs.Organs.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Organs.Features;

/// <summary>Dissolve organ (Organs_DissolveOrgan): the route.</summary>
internal static class DissolveOrgan
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder organs) =>
        organs.MapPost("/{id:guid}/dissolve", Handle).WithName("Organs_DissolveOrgan")
            .WithSummary("Dissolve an organ (撤销); it is kept with status Dissolved")
            .WithDescription("Organs are never deleted. Refused (409) while the organ has active subordinate organs or is already dissolved, " +
                             "and while it still holds staff, vehicles, drivers, allocations, assets, API keys, open receptions or unused reception letters unless the request names a " +
                             "successor (划转) or asks the bureau to recover them (收回); the organ's API keys are revoked either way. " +
                             "Publishes OrganDissolved.")
            .Produces<OrganResponse>().Problems(400, 404, 409, 413, 415)
            .ProblemExtension<IReadOnlyList<OrganHolding>>(StatusCodes.Status409Conflict, "holdings", "OrganHoldingsProblem",
                "A problem; with code organs.organ-has-holdings it carries `holdings`: what the organ still holds, per module and kind, with counts.")
            .RequireScope(OrgansModule.WriteScope);

    private static async Task<Ok<OrganResponse>> Handle(Guid id, DissolveOrganRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new DissolveOrganCommand(id, body), ct), o => o.Version);
}

internal sealed record DissolveOrganCommand(Guid Id, DissolveOrganRequest Body) : ICommand<OrganResponse>;

internal sealed class DissolveOrganValidator : AbstractValidator<DissolveOrganCommand>
{
    public DissolveOrganValidator()
    {
        RuleFor(c => c.Body.DissolvedOn).NotEmpty();
        RuleFor(c => c.Body.Reason).NotEmpty().MaximumLength(500);
        RuleFor(c => c.Body.SuccessorOrganId).NotEqual(Guid.Empty).NotEqual(c => c.Id);
        RuleFor(c => c.Body.SuccessorOrganId).Null().When(c => c.Body.RecoverHoldings)
            .WithMessage("Name a successor (划转) or ask for recovery (收回), not both.");
    }
}

/// <summary>
/// Organs are never deleted: dissolving keeps the record and its history. What the organ still holds is
/// counted by each module through its Contracts request and, when the request says how, handed over or
/// recovered in the same transaction, so a dissolved organ acts nowhere afterwards.
/// </summary>
internal sealed class DissolveOrganHandler(
    OrganRepository organs, StaffRepository staff, OrganScope scope, BureauOrgan bureau, AuditTrail audit, OutboxBuffer outbox, IdGenerator ids,
    BusinessClock clock, IMediator mediator)
    : IRequestHandler<DissolveOrganCommand, OrganResponse>
{
    public async Task<OrganResponse> Handle(DissolveOrganCommand command, CancellationToken ct)
    {
        var body = command.Body;
        var row = await organs.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(OrgansErrors.OrganNotFound);
        scope.EnsureSeesAll();
        if (row.Status == OrganStatus.Dissolved)
        {
            throw new ProblemException(OrgansErrors.OrganDissolved);
        }
        if (bureau.Is(row.Id))
        {
            throw new ProblemException(OrgansErrors.BureauPermanent);
        }
        await organs.LockHierarchyAsync(ct);
        if (await organs.CountActiveChildrenAsync(row.Id, ct) > 0)
        {
            throw new ProblemException(OrgansErrors.HasActiveSubordinates);
        }
        if (body.SuccessorOrganId is { } successorId)
        {
            await StaffMapping.ActiveOrganAsync(organs, successorId, "successorOrganId", ct);
        }
        var settlement = body.SuccessorOrganId is not null || body.RecoverHoldings
            ? new OrganSettlement(row.Id, body.SuccessorOrganId, bureau.Id, body.DissolvedOn, body.Reason.Trim())
            : null;
        var holdings = await SettleHoldingsAsync(row.Id, settlement, ct);
        if (settlement is null && holdings.Count > 0)
        {
            throw new ProblemException(OrgansErrors.HasHoldings, detail: string.Join(", ", holdings.Select(h => $"{h.Kind}: {h.Count}")))
            {
                Extensions = new Dictionary<string, object?> { ["holdings"] = holdings },
            };
        }

        var headcount = (await organs.HeadcountAsync([row.Id], ct)).Select(h => new HeadcountItem(h.RankCode, h.Approved)).ToList();
        var before = OrganMapping.Snapshot(row, headcount);
        var expected = row.Version;
        row.Status = OrganStatus.Dissolved;
        row.DissolvedOn = body.DissolvedOn;
        row.DissolveReason = body.Reason.Trim();
        row.Version = expected + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await organs.UpdateAsync(row, expected, ct))
        {
            // An action has no If-Match: losing a race with another change is a conflict to retry.
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        audit.Record("Organ", row.Id, row.Id, AuditTrail.Diff(before, OrganMapping.Snapshot(row, headcount)));
        outbox.Enqueue(new OrganDissolved(ids.NewId(), clock.UtcNow, row.Id, row.DivisionCode, body.DissolvedOn, body.SuccessorOrganId));
        return OrganMapping.ToResponse(row, OrganMapping.Rows(row.Id, headcount));
    }

    /// <summary>
    /// Counts (no settlement) or settles what the organ holds: its staff here — transferred to the
    /// successor, or out of the organs served — and each module's part through its Contracts request.
    /// </summary>
    private async Task<IReadOnlyList<OrganHolding>> SettleHoldingsAsync(Guid organId, OrganSettlement? settlement, CancellationToken ct)
    {
        var holdings = new List<OrganHolding>();
        var people = await staff.ActiveOfOrganAsync(organId, ct);
        if (people.Count > 0)
        {
            holdings.Add(new OrganHolding("organs", "staff", people.Count));
        }
        IOrganHoldingsRequest[] parts =
        [
            new BuildingsHoldingsOfOrgan(organId, settlement),
            new VehiclesHoldingsOfOrgan(organId, settlement),
            new AssetsHoldingsOfOrgan(organId, settlement),
            new AccessHoldingsOfOrgan(organId, settlement),
            new ReceptionHoldingsOfOrgan(organId, settlement),
        ];
        foreach (var part in parts)
        {
            holdings.AddRange(await mediator.Send(part, ct));
        }
        if (settlement is not null)
        {
            foreach (var id in people)
            {
                await mediator.Send(new TransferStaffMemberCommand(id, new TransferStaffMemberRequest(settlement.SuccessorOrganId, settlement.On, null, null)), ct);
            }
        }
        return holdings;
    }
}
