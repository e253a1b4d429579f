using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Record that a member handed the travel document back (ForeignAffairs_HandBackDocument): the route.</summary>
internal static class HandBackDocument
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder visits) =>
        visits.MapPost("/{id:guid}/members/{memberId:guid}/hand-back", Handle).WithName("ForeignAffairs_HandBackDocument")
            .WithSummary("Record that a member handed the travel document back to the unit (证照交回, F10)")
            .WithDescription("Only after the delegation's return (409 foreign-affairs.not-returned) and once (409 foreign-affairs.document-handed-back); the day is not before the return nor after today (400). A late hand-back closes the member's open foreign-affairs.overdue-passport violation (Corrected).")
            .Produces<VisitMemberRecord>().Problems(400, 404, 409)
            .RequireScope(ForeignAffairsModule.WriteScope);

    private static async Task<Ok<VisitMemberRecord>> Handle(Guid id, Guid memberId, HandBackDocumentRequest body, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new HandBackDocumentCommand(id, memberId, body.HandedBackOn), ct));
}

internal sealed record HandBackDocumentCommand(Guid Id, Guid MemberId, DateOnly HandedBackOn) : ICommand<VisitMemberRecord>;

internal sealed class HandBackDocumentValidator : AbstractValidator<HandBackDocumentCommand>
{
    public HandBackDocumentValidator() => RuleFor(c => c.HandedBackOn).NotEmpty();
}

internal sealed class HandBackDocumentHandler(MemberAnswers answers, MemberRepository members, Violations violations, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<HandBackDocumentCommand, VisitMemberRecord>
{
    public async Task<VisitMemberRecord> Handle(HandBackDocumentCommand command, CancellationToken ct)
    {
        var (visit, member) = await answers.MemberAsync(command.Id, command.MemberId, ct);
        var returned = visit.ReturnedOn ?? throw new ProblemException(ForeignAffairsErrors.NotReturned, detail: $"{visit.Status}");
        if (member.HandedBackOn is not null)
        {
            throw new ProblemException(ForeignAffairsErrors.HandedBack, detail: $"{member.HandedBackOn:yyyy-MM-dd}");
        }
        if (command.HandedBackOn < returned || command.HandedBackOn > clock.Today)
        {
            throw ProblemException.ForField(ForeignAffairsErrors.HandBackDateInvalid, "handedBackOn");
        }
        var before = (await answers.AnswerAsync(visit, [member], unmasked: false, ct))[0];
        member.HandedBackOn = command.HandedBackOn;
        await members.UpdateDocumentAsync(member, ct);
        await violations.CloseOpenAsync(Duty.ForeignAffairs, OverduePassportSweep.Kind, member.Id, clock.Today, ViolationCloseReason.Corrected,
            $"handed back {command.HandedBackOn:yyyy-MM-dd}", ct);
        var after = (await answers.AnswerAsync(visit, [member], unmasked: false, ct))[0];
        audit.Record("ForeignAffairsVisitMember", member.Id, visit.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
