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
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Record a member's travel document (ForeignAffairs_SetTravelDocument): the route.</summary>
internal static class SetTravelDocument
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder visits) =>
        visits.MapPost("/{id:guid}/members/{memberId:guid}/document", Handle).WithName("ForeignAffairs_SetTravelDocument")
            .WithSummary("Record a member's travel document (因公护照 or permit) and date of birth; both are stored encrypted")
            .WithDescription("Replaces the member's document kind and number, and the date of birth when one is sent (omitted or null keeps the recorded one). The number and the date are encrypted at rest and answered masked (E1****678, 19**-**-**); the audit trail records the change masked. A date of birth after today or before 1900-01-01 is 400 foreign-affairs.date-of-birth-invalid. A closed visit is 409 foreign-affairs.visit-state.")
            .Produces<VisitMemberRecord>().Problems(400, 404, 409)
            .RequireScope(ForeignAffairsModule.WriteScope);

    private static async Task<Ok<VisitMemberRecord>> Handle(Guid id, Guid memberId, SetTravelDocumentRequest body, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new SetTravelDocumentCommand(id, memberId, body), ct));
}

internal sealed record SetTravelDocumentCommand(Guid Id, Guid MemberId, SetTravelDocumentRequest Body) : ICommand<VisitMemberRecord>;

internal sealed class SetTravelDocumentValidator : AbstractValidator<SetTravelDocumentCommand>
{
    public SetTravelDocumentValidator()
    {
        RuleFor(c => c.Body.Kind).IsInEnum();
        RuleFor(c => c.Body.Number).Must(DocumentNumbers.IsValid)
            .WithErrorCode(ForeignAffairsErrors.DocumentNumberInvalid.Code).WithMessage(ForeignAffairsErrors.DocumentNumberInvalid.Title);
        RuleFor(c => c.Body.DateOfBirth).Must(d => d is null || d >= DatesOfBirth.Earliest)
            .WithErrorCode(ForeignAffairsErrors.DateOfBirthInvalid.Code).WithMessage(ForeignAffairsErrors.DateOfBirthInvalid.Title);
    }
}

internal sealed class SetTravelDocumentHandler(MemberAnswers answers, MemberRepository members, TravelDocuments documents, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<SetTravelDocumentCommand, VisitMemberRecord>
{
    public async Task<VisitMemberRecord> Handle(SetTravelDocumentCommand command, CancellationToken ct)
    {
        var (visit, member) = await answers.MemberAsync(command.Id, command.MemberId, ct);
        if (visit.Status == VisitStatus.Closed)
        {
            throw new ProblemException(ForeignAffairsErrors.VisitState, detail: $"{visit.Status}");
        }
        // "Today" is the business clock's, so the future check is the handler's (the validator has no clock).
        if (command.Body.DateOfBirth is { } born && !DatesOfBirth.IsValid(born, clock.Today))
        {
            throw ProblemException.ForField(ForeignAffairsErrors.DateOfBirthInvalid, "dateOfBirth");
        }
        var before = (await answers.AnswerAsync(visit, [member], unmasked: false, ct))[0];
        member.DocumentKind = command.Body.Kind;
        member.DocumentNumber = documents.Protect(command.Body.Number);
        if (command.Body.DateOfBirth is { } date)
        {
            member.DateOfBirth = documents.ProtectDateOfBirth(date);
        }
        await members.UpdateDocumentAsync(member, ct);
        var after = (await answers.AnswerAsync(visit, [member], unmasked: false, ct))[0];
        audit.Record("ForeignAffairsVisitMember", member.Id, visit.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
