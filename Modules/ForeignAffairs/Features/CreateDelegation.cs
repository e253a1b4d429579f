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
using OrganAffairs.Shared.References;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Register an incoming foreign delegation (ForeignAffairs_CreateDelegation): the route.</summary>
internal static class CreateDelegation
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder incoming) =>
        incoming.MapPost("/", Handle).WithName("ForeignAffairs_CreateDelegation")
            .WithSummary("Register an incoming foreign delegation (外宾来访接待登记): guests, stay and programme")
            .WithDescription("The hosting organ must be active and visible to the caller. The host's grade picks the banquet standard, the highest guest's grade the daily meals standard (FI1). Accepts Idempotency-Key.")
            .Produces<DelegationResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(ForeignAffairsModule.WriteScope);

    private static async Task<Created<DelegationResponse>> Handle(CreateDelegationRequest body, IMediator mediator, CancellationToken ct)
    {
        var delegation = await mediator.Send(new CreateDelegationCommand(body), ct);
        return TypedResults.Created($"{ForeignAffairsEndpoints.Root}/incoming/{delegation.Id}", delegation);
    }
}

internal sealed record CreateDelegationCommand(CreateDelegationRequest Body) : ICommand<DelegationResponse>;

internal sealed class CreateDelegationValidator : AbstractValidator<CreateDelegationCommand>
{
    public CreateDelegationValidator()
    {
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.Title).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.Country).Must(c => c is { Length: 2 } && c.All(char.IsAsciiLetterUpper))
            .WithErrorCode(ForeignAffairsErrors.CountryInvalid.Code).WithMessage(ForeignAffairsErrors.CountryInvalid.Title);
        RuleFor(c => c.Body.HostGrade).IsInEnum();
        RuleFor(c => c.Body.ArrivesOn).NotEmpty();
        RuleFor(c => c.Body.DepartsOn).NotEmpty();
        RuleFor(c => c.Body).Must(b => b.DepartsOn >= b.ArrivesOn && b.DepartsOn.DayNumber - b.ArrivesOn.DayNumber < 60
                && (b.Programme ?? []).All(p => p is not null && p.On >= b.ArrivesOn && p.On <= b.DepartsOn))
            .OverridePropertyName("departsOn")
            .WithErrorCode(ForeignAffairsErrors.DelegationInvalid.Code).WithMessage(ForeignAffairsErrors.DelegationInvalid.Title);
        RuleFor(c => c.Body.Guests).NotNull().Must(g => g is { Count: >= 1 and <= 200 });
        RuleForEach(c => c.Body.Guests).NotNull().ChildRules(g =>
        {
            g.RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
            g.RuleFor(x => x.Post).NotEmpty().MaximumLength(100);
            g.RuleFor(x => x.Grade).IsInEnum();
            g.RuleFor(x => x.DateOfBirth).Must(d => d is null || d >= DatesOfBirth.Earliest)
                .WithErrorCode(ForeignAffairsErrors.DateOfBirthInvalid.Code).WithMessage(ForeignAffairsErrors.DateOfBirthInvalid.Title);
        });
        RuleFor(c => c.Body.Programme).NotNull().Must(p => p is { Count: <= 100 });
        RuleForEach(c => c.Body.Programme).NotNull().ChildRules(p => p.RuleFor(x => x.Description).NotEmpty().MaximumLength(500));
    }
}

internal sealed class CreateDelegationHandler(DelegationRepository delegations, IMediator mediator, AuditTrail audit, IdGenerator ids, BusinessClock clock, TravelDocuments documents)
    : IRequestHandler<CreateDelegationCommand, DelegationResponse>
{
    public async Task<DelegationResponse> Handle(CreateDelegationCommand command, CancellationToken ct)
    {
        var b = command.Body;
        // "Today" is the business clock's, so the future check is the handler's (the validator has no clock).
        var future = b.Guests.Select((g, i) => (g, i)).FirstOrDefault(x => x.g.DateOfBirth is { } d && !DatesOfBirth.IsValid(d, clock.Today));
        if (future.g is not null)
        {
            throw ProblemException.ForField(ForeignAffairsErrors.DateOfBirthInvalid, $"guests[{future.i}].dateOfBirth");
        }
        var organ = await OrganReferences.ActiveAsync(mediator, b.OrganId, "organId", ForeignAffairsErrors.OrganRefNotFound, ct);
        var row = new DelegationRow
        {
            Id = ids.NewId(), OrganId = organ.Id, Title = b.Title.Trim(), Country = b.Country, HostGrade = b.HostGrade, ArrivesOn = b.ArrivesOn, DepartsOn = b.DepartsOn,
            Guests = DelegationMapping.StoreGuests(b.Guests, documents),
            Programme = RuleJson.Write(b.Programme.OrderBy(p => p.On).Select(p => p with { Description = p.Description.Trim() }).ToList()),
            CreatedAt = clock.UtcNow,
        };
        await delegations.InsertAsync(row, ct);
        var response = row.ToResponse([], documents);
        audit.Record("ForeignAffairsDelegation", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}
