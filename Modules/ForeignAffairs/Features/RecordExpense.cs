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

/// <summary>Record an expense line of a visit (ForeignAffairs_RecordExpense): the route.</summary>
internal static class RecordExpense
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder visits) =>
        visits.MapPost("/{id:guid}/expenses", Handle).WithName("ForeignAffairs_RecordExpense")
            .WithSummary("Record an expense line of an approved visit (出国经费明细): travel, lodging, meals and incidentals, other")
            .WithDescription("Checked against the rules in force for the sending organ on paidOn (F11): an international ticket's seat class up to the member's grade (422 foreign-affairs.seat-class-above-rank); lodging up to the country's nightly limit for the grade times the nights (422 foreign-affairs.lodging-over-limit); meals and incidentals up to the country's daily lump sums times the days, the days not beyond the days abroad (422 foreign-affairs.allowance-over-limit). Where no limit is in force the line is recorded unchecked (`limit` null). Publishes OutboundVisitCostRecorded (三公经费, line OutboundVisit) through the outbox. A visit not approved, or closed, is 409 foreign-affairs.expense-not-open. Accepts Idempotency-Key.")
            .Produces<ExpenseLineResponse>(StatusCodes.Status201Created).CreateProblems(404, 409, 422)
            .RequireScope(ForeignAffairsModule.WriteScope);

    private static async Task<Created<ExpenseLineResponse>> Handle(Guid id, RecordExpenseRequest body, IMediator mediator, CancellationToken ct)
    {
        var line = await mediator.Send(new RecordExpenseCommand(id, body), ct);
        return TypedResults.Created($"{ForeignAffairsEndpoints.Root}/{id}/expenses", line);
    }
}

internal sealed record RecordExpenseCommand(Guid VisitId, RecordExpenseRequest Body) : ICommand<ExpenseLineResponse>;

internal sealed class RecordExpenseValidator : AbstractValidator<RecordExpenseCommand>
{
    public RecordExpenseValidator()
    {
        RuleFor(c => c.Body.Category).IsInEnum();
        RuleFor(c => c.Body.Amount).Must(a => Yuan.IsValid(a) && a > 0)
            .WithErrorCode(ForeignAffairsErrors.AmountInvalid.Code).WithMessage(ForeignAffairsErrors.AmountInvalid.Title);
        RuleFor(c => c.Body.PaidOn).NotEmpty();
        RuleFor(c => c.Body.PaymentReference).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.SeatClass).IsInEnum();
        RuleFor(c => c.Body.Country).Must(c => c is null || (c.Length == 2 && c.All(char.IsAsciiLetterUpper)))
            .WithErrorCode(ForeignAffairsErrors.CountryInvalid.Code).WithMessage(ForeignAffairsErrors.CountryInvalid.Title);
        RuleFor(c => c.Body.Units).InclusiveBetween(1, 60);
        RuleFor(c => c.Body.Note).MaximumLength(500);
        RuleFor(c => c.Body).Must(HasFields).OverridePropertyName("category")
            .WithErrorCode(ForeignAffairsErrors.ExpenseFieldsMissing.Code).WithMessage(ForeignAffairsErrors.ExpenseFieldsMissing.Title);
    }

    private static bool HasFields(RecordExpenseRequest b) =>
        (!ExpenseArithmetic.NeedsMember(b.Category) || b.MemberId is not null)
        && (b.Category != ExpenseCategory.InternationalTravel || b.SeatClass is not null)
        && (!ExpenseArithmetic.NeedsCountry(b.Category) || (b.Country is not null && b.Units is not null));
}

internal sealed class RecordExpenseHandler(
    VisitRepository visits, MemberRepository members, ExpenseRepository expenses, ExpenseBook book, OrganDirectory directory, OutboxBuffer outbox,
    AuditTrail audit, IdGenerator ids, BusinessClock clock) : IRequestHandler<RecordExpenseCommand, ExpenseLineResponse>
{
    public async Task<ExpenseLineResponse> Handle(RecordExpenseCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var visit = await visits.GetVisibleAsync(command.VisitId, ct) ?? throw new ProblemException(ForeignAffairsErrors.VisitNotFound);
        ExpenseChecks.EnsureOpen(visit);
        // Serialise the visit's expense writes: the sums per member and country below read the lines recorded before this one.
        await visits.LockAsync(visit.Id, ct);
        MemberRow? member = null;
        if (b.MemberId is { } memberId)
        {
            member = (await members.OfVisitsAsync([visit.Id], ct)).FirstOrDefault(m => m.Id == memberId)
                ?? throw ProblemException.ForField(ForeignAffairsErrors.MemberRefNotFound, "memberId");
        }
        var division = await directory.DivisionCodeAsync(visit.OrganId, ct);
        var amount = Yuan.ToFen(b.Amount);
        var (limitFen, ruleVersionId) = b.Category switch
        {
            ExpenseCategory.InternationalTravel => (null, await CheckSeatAsync(member!, b.SeatClass!.Value, division, b.PaidOn, ct)),
            ExpenseCategory.Lodging => await CheckLodgingAsync(member!, b.Country!, b.Units!.Value, amount, division, b.PaidOn, ct),
            ExpenseCategory.MealsAndIncidentals => await CheckAllowancesAsync(visit, b.Country!, b.Units!.Value, amount, division, b.PaidOn, ct),
            _ => ((long?)null, (Guid?)null),
        };
        if (limitFen is { } lineLimit && ExpenseArithmetic.NeedsCountry(b.Category))
        {
            ExpenseChecks.EnsureSumWithin(visit, await expenses.OfVisitAsync(visit.Id, ct), b.Category, member!.Id, b.Country!, amount, lineLimit, b.Units!.Value);
        }
        var row = new ExpenseRow
        {
            Id = ids.NewId(), VisitId = visit.Id, OrganId = visit.OrganId, Category = b.Category, MemberId = member?.Id, AmountFen = amount, PaidOn = b.PaidOn,
            PaymentReference = b.PaymentReference.Trim(), SeatClass = b.Category == ExpenseCategory.InternationalTravel ? b.SeatClass : null,
            Country = ExpenseArithmetic.NeedsCountry(b.Category) ? b.Country : null, Units = ExpenseArithmetic.NeedsCountry(b.Category) ? b.Units : null,
            Note = string.IsNullOrWhiteSpace(b.Note) ? null : b.Note.Trim(), LimitFen = limitFen, RuleVersionId = ruleVersionId, CreatedAt = clock.UtcNow,
        };
        await expenses.InsertAsync(row, ct);
        // The 三公经费 view's cost notification (DESIGN, "Money"): fen, the payment's business date, the line as source.
        outbox.Enqueue(row.ToEvent());
        var response = row.ToResponse([row]);
        audit.Record("ForeignAffairsExpense", row.Id, visit.OrganId, AuditTrail.Diff(null, response));
        return response;
    }

    private async Task<Guid?> CheckSeatAsync(MemberRow member, SeatClass seat, string? division, DateOnly on, CancellationToken ct)
    {
        if (await book.InForceAsync<TravelClasses>(ForeignAffairsRuleTables.TravelClasses, RuleKinds.TravelClasses, RuleKinds.RanksKey, division, on, ct)
            is not var (classes, version))
        {
            return null;
        }
        var rank = await book.RankOfAsync(member, ct);
        var grade = classes.GradeOf(rank);
        if (!classes.Allows(grade, seat))
        {
            throw new ProblemException(ForeignAffairsErrors.SeatClassAboveRank,
                detail: $"F11: {seat} above {classes.SeatOf(grade)} for {rank ?? "unknown rank"} ({grade}) — {version.Source}");
        }
        return version.Id;
    }

    private async Task<(long?, Guid?)> CheckLodgingAsync(MemberRow member, string country, int nights, long amount, string? division, DateOnly on, CancellationToken ct)
    {
        if (await book.InForceAsync<LodgingLimits>(ForeignAffairsRuleTables.Lodging, RuleKinds.Lodging, country, division, on, ct) is not var (limits, version))
        {
            return (null, null);
        }
        var grade = await book.GradeAsync(await book.RankOfAsync(member, ct), division, on, ct);
        var limit = limits.LimitFen(grade, nights);
        ExpenseChecks.EnsureWithin(ForeignAffairsErrors.LodgingOverLimit, amount, limit, $"{country}, {grade}, {nights} nights", version.Source);
        return (limit, version.Id);
    }

    private async Task<(long?, Guid?)> CheckAllowancesAsync(VisitRow visit, string country, int days, long amount, string? division, DateOnly on, CancellationToken ct)
    {
        var abroad = ExpenseArithmetic.DaysAbroad(visit.DepartsOn, visit.ReturnedOn ?? visit.ReturnsOn);
        if (days > abroad)
        {
            throw new ProblemException(ForeignAffairsErrors.AllowanceOverLimit, detail: $"F11: {days} days > {abroad} days abroad (departure and arrival days included)");
        }
        if (await book.InForceAsync<Allowances>(ForeignAffairsRuleTables.Allowances, RuleKinds.Allowances, country, division, on, ct) is not var (allowances, version))
        {
            return (null, null);
        }
        var limit = allowances.LimitFen(days);
        ExpenseChecks.EnsureWithin(ForeignAffairsErrors.AllowanceOverLimit, amount, limit, $"{country}, {days} days", version.Source);
        return (limit, version.Id);
    }
}
