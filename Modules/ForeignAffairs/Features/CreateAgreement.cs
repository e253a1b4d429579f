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

/// <summary>Register a partnership or agreement (ForeignAffairs_CreateAgreement): the route.</summary>
internal static class CreateAgreement
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder agreements) =>
        agreements.MapPost("/", Handle).WithName("ForeignAffairs_CreateAgreement")
            .WithSummary("Register a sister city, friendly exchange city or letter of intent as proposed (友好城市与合作协议登记)")
            .WithDescription("The agreement starts Proposed; POST /{id}/state moves it along its type's approval chain. Accepts Idempotency-Key.")
            .Produces<AgreementResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(ForeignAffairsModule.WriteScope);

    private static async Task<Created<AgreementResponse>> Handle(CreateAgreementRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var agreement = await mediator.Send(new CreateAgreementCommand(body), ct);
        return ETags.Created(http, $"{ForeignAffairsEndpoints.Root}/agreements/{agreement.Id}", agreement, a => a.Version);
    }
}

internal sealed record CreateAgreementCommand(CreateAgreementRequest Body) : ICommand<AgreementResponse>;

internal sealed class CreateAgreementValidator : AbstractValidator<CreateAgreementCommand>
{
    public CreateAgreementValidator()
    {
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.PartnerCity).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.PartnerCountry).Must(c => c is { Length: 2 } && c.All(char.IsAsciiLetterUpper))
            .WithErrorCode(ForeignAffairsErrors.CountryInvalid.Code).WithMessage(ForeignAffairsErrors.CountryInvalid.Title);
        RuleFor(c => c.Body.Type).IsInEnum();
        RuleFor(c => c.Body.Subject).MaximumLength(500);
        RuleFor(c => c.Body.RenewalReminderDays).InclusiveBetween(1, 730);
        RuleFor(c => c.Body.ProposedOn!.Value.Year).InclusiveBetween(1949, 2100).When(c => c.Body.ProposedOn is not null).OverridePropertyName("proposedOn");
    }
}

internal sealed class CreateAgreementHandler(AgreementRepository agreements, IMediator mediator, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateAgreementCommand, AgreementResponse>
{
    public async Task<AgreementResponse> Handle(CreateAgreementCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var organ = await OrganReferences.ActiveAsync(mediator, b.OrganId, "organId", ForeignAffairsErrors.OrganRefNotFound, ct);
        if (b.ProposedOn > clock.Today)
        {
            throw ProblemException.ForField(ForeignAffairsErrors.AgreementDatesInvalid, "proposedOn");
        }
        var now = clock.UtcNow;
        var row = new AgreementRow
        {
            Id = ids.NewId(), OrganId = organ.Id, PartnerCity = b.PartnerCity.Trim(), PartnerCountry = b.PartnerCountry, Type = b.Type,
            Subject = string.IsNullOrWhiteSpace(b.Subject) ? null : b.Subject.Trim(), State = AgreementState.Proposed,
            Steps = RuleJson.Write(new List<AgreementStep> { new(AgreementState.Proposed, b.ProposedOn ?? clock.Today, null) }),
            RenewalReminderDays = b.RenewalReminderDays ?? AgreementChain.DefaultReminderDays, Version = 1, CreatedAt = now, UpdatedAt = now,
        };
        await agreements.InsertAsync(row, ct);
        var response = row.ToResponse(clock.Today);
        audit.Record("ForeignAffairsAgreement", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}
