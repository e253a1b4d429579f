using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Domain;
using OrganAffairs.Reception.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Reception.Features;

/// <summary>Generate and sign a version of the reception list (Reception_SignList): the route.</summary>
internal static class SignList
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder receptions) =>
        receptions.MapPost("/{id:guid}/lists", Handle).WithName("Reception_SignList")
            .WithSummary("Generate and sign a new version of the reception list (接待清单)")
            .WithDescription("From the letter, the plan and the actuals: guests received (each checked against the letter; one it does not name is flagged onLetter=false), accompanying and support staff (R5b), activity, time, place and cost; signed by staffMemberId, now. A signed version is frozen: a change is a new signed version, and every version is kept (GET …/lists). Only an Approved or Completed reception. Accepts Idempotency-Key.")
            .Produces<ReceptionListResponse>(StatusCodes.Status201Created).CreateProblems(404, 409)
            .RequireScope(ReceptionModule.WriteScope);

    private static async Task<Created<ReceptionListResponse>> Handle(Guid id, SignListRequest body, IMediator mediator, CancellationToken ct)
    {
        var list = await mediator.Send(new SignListCommand(id, body), ct);
        return TypedResults.Created($"{ReceptionEndpoints.Root}/{id}/lists", list);
    }
}

internal sealed record SignListCommand(Guid ReceptionId, SignListRequest Body) : ICommand<ReceptionListResponse>;

internal sealed class SignListValidator : AbstractValidator<SignListCommand>
{
    public SignListValidator()
    {
        RuleFor(c => c.Body.StaffMemberId).NotEmpty();
        RuleFor(c => c.Body.Guests).NotEmpty().MaxItems(200);
        RuleFor(c => c.Body.AccompanyingStaff).NotNull().MaxItems(100);
        RuleFor(c => c.Body.SupportStaff).NotNull().MaxItems(100);
        RuleForEach(c => c.Body.Guests).SetValidator(new ListPersonValidator());
        RuleForEach(c => c.Body.AccompanyingStaff).SetValidator(new ListPersonValidator());
        RuleForEach(c => c.Body.SupportStaff).SetValidator(new ListPersonValidator());
    }

    private sealed class ListPersonValidator : AbstractValidator<ListPersonRequest>
    {
        public ListPersonValidator()
        {
            RuleFor(p => p.Unit).NotEmpty().MaximumLength(200);
            RuleFor(p => p.Name).NotEmpty().MaximumLength(100);
            RuleFor(p => p.Post).NotEmpty().MaximumLength(100);
        }
    }
}

internal sealed class SignListHandler(
    ReceptionRepository receptions, LetterRepository letters, ListRepository lists, IMediator mediator, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<SignListCommand, ReceptionListResponse>
{
    public async Task<ReceptionListResponse> Handle(SignListCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var reception = await receptions.GetVisibleAsync(command.ReceptionId, ct) ?? throw new ProblemException(ReceptionErrors.ReceptionNotFound);
        if (reception.Status is not (ReceptionStatus.Approved or ReceptionStatus.Completed))
        {
            throw new ProblemException(ReceptionErrors.ReceptionState, detail: $"{reception.Status}");
        }
        await ReceptionReferences.StaffAsync(mediator, b.StaffMemberId, ct);
        var onLetter = reception.LetterId is { } letterId
            ? (await letters.GuestsAsync(letterId, ct)).Select(g => (g.Unit, g.Name)).ToHashSet()
            : [];
        var guests = b.Guests.Select(g => new ListGuestResponse(g.Unit.Trim(), g.Name.Trim(), g.Post.Trim(), onLetter.Contains((g.Unit.Trim(), g.Name.Trim())))).ToList();
        static List<ListStaffResponse> Staff(IEnumerable<ListPersonRequest> people) => people.Select(p => new ListStaffResponse(p.Unit.Trim(), p.Name.Trim(), p.Post.Trim())).ToList();
        var version = (await lists.OfReceptionAsync(reception.Id, ct)).Select(l => l.Version).DefaultIfEmpty(0).Max() + 1;
        var list = new ReceptionListResponse(
            ids.NewId(), reception.Id, version, reception.Title, ReceptionRules.Split<ReceptionActivity>(reception.Activities), reception.StartsOn, reception.EndsOn,
            reception.Place, guests, Staff(b.AccompanyingStaff), Staff(b.SupportStaff), Yuan.FromFen(reception.ActualFen), guests.Count(g => !g.OnLetter),
            b.StaffMemberId, clock.UtcNow);
        try
        {
            await lists.InsertAsync(new ListRow
            {
                Id = list.Id, ReceptionId = reception.Id, Version = version, Content = ReimbursementPacks.Write(list), SignedBy = list.SignedBy, SignedAt = list.SignedAt,
            }, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(ReceptionErrors.ListSignedConcurrently);
        }
        audit.Record("ReceptionList", list.Id, reception.OrganId, AuditTrail.Diff(null, list));
        return list;
    }
}
