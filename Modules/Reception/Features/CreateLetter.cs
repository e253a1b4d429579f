using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Checks;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Reception.Features;

/// <summary>Register an official letter (Reception_CreateLetter): the route.</summary>
internal static class CreateLetter
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder letters) =>
        letters.MapPost("/", Handle).WithName("Reception_CreateLetter")
            .WithSummary("Register an official letter (公函) with its guests")
            .WithDescription("No letter, no reception (R1): a reception is submitted only with a letter of its organ, and one letter funds one reception (一函一事, R10). The letter belongs to the hosting organ it is addressed to; an ordinary organ sees only its own. Accepts Idempotency-Key.")
            .Produces<LetterResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(ReceptionModule.WriteScope);

    private static async Task<Created<LetterResponse>> Handle(CreateLetterRequest body, IMediator mediator, CancellationToken ct)
    {
        var letter = await mediator.Send(new CreateLetterCommand(body), ct);
        return TypedResults.Created($"{ReceptionEndpoints.Root}/letters/{letter.Id}", letter);
    }
}

internal sealed record CreateLetterCommand(CreateLetterRequest Body) : ICommand<LetterResponse>;

internal sealed class CreateLetterValidator : AbstractValidator<CreateLetterCommand>
{
    public CreateLetterValidator()
    {
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.SenderName).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.SenderCreditCode).Must(UnifiedSocialCreditCode.IsValid).When(c => c.Body.SenderCreditCode is not null)
            .WithErrorCode(ReceptionErrors.CreditCodeInvalid.Code).WithMessage(_ => ReceptionErrors.CreditCodeInvalid.Title);
        RuleFor(c => c.Body.LetterNumber).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.LetterDate).NotEmpty();
        RuleFor(c => c.Body.Purpose).NotEmpty().MaximumLength(500);
        RuleFor(c => c.Body.Itinerary).MaximumLength(2000);
        RuleFor(c => c.Body.Guests).NotEmpty().MaxItems(200).WithErrorCode(Shared.Errors.FieldErrors.OutOfRange.Code)
            .WithMessage(_ => Shared.Errors.FieldErrors.OutOfRange.Title);
        RuleForEach(c => c.Body.Guests).ChildRules(g =>
        {
            g.RuleFor(x => x.Unit).NotEmpty().MaximumLength(200);
            g.RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
            g.RuleFor(x => x.Post).NotEmpty().MaximumLength(100);
            g.RuleFor(x => x.Rank).IsInEnum();
        });
    }
}

internal sealed class CreateLetterHandler(LetterRepository letters, IMediator mediator, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateLetterCommand, LetterResponse>
{
    public async Task<LetterResponse> Handle(CreateLetterCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var organ = await ReceptionReferences.OrganAsync(mediator, b.OrganId, ct);
        var row = new LetterRow
        {
            Id = ids.NewId(), OrganId = organ.Id, SenderName = b.SenderName.Trim(), SenderCreditCode = b.SenderCreditCode, LetterNumber = b.LetterNumber.Trim(),
            LetterDate = b.LetterDate, Purpose = b.Purpose.Trim(), Itinerary = string.IsNullOrWhiteSpace(b.Itinerary) ? null : b.Itinerary.Trim(), CreatedAt = clock.UtcNow,
        };
        var guests = b.Guests.Select((g, i) => new GuestRow
        {
            Id = ids.NewId(), LetterId = row.Id, Position = i + 1, Unit = g.Unit.Trim(), Name = g.Name.Trim(), Post = g.Post.Trim(), Rank = g.Rank,
        }).ToList();
        await letters.InsertAsync(row, guests, ct);
        var response = row.ToResponse(guests);
        audit.Record("ReceptionLetter", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}
