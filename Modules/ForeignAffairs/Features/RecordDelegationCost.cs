using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Record a cost of an incoming delegation (ForeignAffairs_RecordDelegationCost): the route.</summary>
internal static class RecordDelegationCost
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder incoming) =>
        incoming.MapPost("/{id:guid}/costs", Handle).WithName("ForeignAffairs_RecordDelegationCost")
            .WithSummary("Record a cost of receiving foreign guests (外宾接待费用), checked against the standards (FI1)")
            .WithDescription("Checked against the standards in force for the host organ on paidOn: cash is 422 foreign-affairs.cash-payment; a banquet beyond the number per stay 422 foreign-affairs.too-many-banquets; a meal, daily meals or gift above its standard × persons (× days) 422 foreign-affairs.delegation-cost-over-standard; more accompanying hosts than the ratio 422 foreign-affairs.accompanying-too-many; daily meals beyond the stay's days 422. Where the standards set no limit the line is recorded unchecked. Publishes IncomingDelegationCostRecorded on the Reception line of the 三公经费. Accepts Idempotency-Key.")
            .Produces<DelegationCostResponse>(StatusCodes.Status201Created).CreateProblems(404, 422)
            .RequireScope(ForeignAffairsModule.WriteScope);

    private static async Task<Created<DelegationCostResponse>> Handle(Guid id, RecordDelegationCostRequest body, IMediator mediator, CancellationToken ct)
    {
        var cost = await mediator.Send(new RecordDelegationCostCommand(id, body), ct);
        return TypedResults.Created($"{ForeignAffairsEndpoints.Root}/incoming/{id}", cost);
    }
}

internal sealed record RecordDelegationCostCommand(Guid DelegationId, RecordDelegationCostRequest Body) : ICommand<DelegationCostResponse>;

internal sealed class RecordDelegationCostValidator : AbstractValidator<RecordDelegationCostCommand>
{
    public RecordDelegationCostValidator()
    {
        RuleFor(c => c.Body.Category).IsInEnum();
        RuleFor(c => c.Body.Amount).Must(a => Yuan.IsValid(a) && a > 0)
            .WithErrorCode(ForeignAffairsErrors.AmountInvalid.Code).WithMessage(ForeignAffairsErrors.AmountInvalid.Title);
        RuleFor(c => c.Body.PaidOn).NotEmpty();
        RuleFor(c => c.Body.PaymentMethod).IsInEnum();
        RuleFor(c => c.Body.PaymentReference).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.Persons).InclusiveBetween(1, 500);
        RuleFor(c => c.Body.Accompanying).InclusiveBetween(0, 500);
        RuleFor(c => c.Body.Days).InclusiveBetween(1, 60);
        RuleFor(c => c.Body).Must(b => (!DelegationStandards.NeedsPersons(b.Category) || b.Persons is not null)
                && (b.Category != DelegationCostCategory.DailyMeals || b.Days is not null)
                && (b.Accompanying is null || b.Persons is null || b.Accompanying < b.Persons))
            .OverridePropertyName("persons")
            .WithErrorCode(ForeignAffairsErrors.DelegationCostFieldsMissing.Code).WithMessage(ForeignAffairsErrors.DelegationCostFieldsMissing.Title);
    }
}

internal sealed class RecordDelegationCostHandler(
    DelegationRepository delegations, ExpenseBook book, OrganDirectory directory, OutboxBuffer outbox, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<RecordDelegationCostCommand, DelegationCostResponse>
{
    public async Task<DelegationCostResponse> Handle(RecordDelegationCostCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var delegation = await delegations.GetVisibleAsync(command.DelegationId, ct) ?? throw new ProblemException(ForeignAffairsErrors.DelegationNotFound);
        if (b.PaymentMethod == DelegationPaymentMethod.Cash)
        {
            throw new ProblemException(ForeignAffairsErrors.CashPayment, detail: "FI1: cash");
        }
        // Two banquets recorded at once count against the same number: the delegation's row is locked first.
        await delegations.LockAsync(delegation.Id, ct);
        var costs = await delegations.CostsOfAsync([delegation.Id], ct);
        var amount = Yuan.ToFen(b.Amount);
        long? limit = null;
        Guid? versionId = null;
        var division = await directory.DivisionCodeAsync(delegation.OrganId, ct);
        if (await book.InForceAsync<DelegationStandards>(ForeignAffairsRuleTables.Incoming, RuleKinds.Incoming, RuleKinds.StandardsKey, division, b.PaidOn, ct)
            is var (standards, version))
        {
            versionId = version.Id;
            var banquets = DelegationMapping.Banquets(costs);
            if (b.Category == DelegationCostCategory.Banquet && !standards.AllowsBanquet(banquets))
            {
                throw new ProblemException(ForeignAffairsErrors.TooManyBanquets, detail: $"FI1: {banquets} of {standards.MaxBanquets} banquets held — {version.Source}");
            }
            var stay = delegation.DepartsOn.DayNumber - delegation.ArrivesOn.DayNumber + 1;
            if (b.Category == DelegationCostCategory.DailyMeals && b.Days > stay)
            {
                throw new ProblemException(ForeignAffairsErrors.DelegationCostOutsideStay, detail: $"FI1: {b.Days} days > {stay} days of the stay");
            }
            if (DelegationStandards.IsMeal(b.Category) && b.Accompanying is { } accompanying
                && !standards.AllowsAccompanying(accompanying, b.Persons!.Value - accompanying))
            {
                throw new ProblemException(ForeignAffairsErrors.AccompanyingTooMany,
                    detail: $"FI1: {accompanying} accompanying for {b.Persons - accompanying} guests, at most {standards.AccompanyingPerTenGuests} per 10 — {version.Source}");
            }
            var highest = DelegationMapping.GuestsOf(delegation).Min(g => g.Grade);
            limit = standards.LimitFen(b.Category, delegation.HostGrade, highest, b.Persons ?? 0, b.Days ?? 0);
            if (limit is { } l && amount > l)
            {
                throw new ProblemException(ForeignAffairsErrors.DelegationCostOverStandard,
                    detail: $"FI1: {b.Amount} > {Yuan.FromFen(l)} ({b.Category}, {b.Persons} persons{(b.Days is { } d ? $", {d} days" : "")}) — {version.Source}");
            }
        }
        var row = new DelegationCostRow
        {
            Id = ids.NewId(), DelegationId = delegation.Id, OrganId = delegation.OrganId, Category = b.Category, AmountFen = amount, PaidOn = b.PaidOn,
            PaymentMethod = b.PaymentMethod, PaymentReference = b.PaymentReference.Trim(), Persons = b.Persons, Accompanying = b.Accompanying, Days = b.Days,
            LimitFen = limit, RuleVersionId = versionId, CreatedAt = clock.UtcNow,
        };
        await delegations.InsertCostAsync(row, ct);
        // Foreign guests count on the Reception line of the 三公经费 (公务接待费 includes foreign guests).
        outbox.Enqueue(row.ToEvent());
        var response = row.ToResponse([row]);
        audit.Record("ForeignAffairsDelegationCost", row.Id, delegation.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}
