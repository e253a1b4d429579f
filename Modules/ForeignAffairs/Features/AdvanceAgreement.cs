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
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Move an agreement along its approval chain (ForeignAffairs_AdvanceAgreement): the route.</summary>
internal static class AdvanceAgreement
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder agreements) =>
        agreements.MapPost("/{id:guid}/state", Handle).WithName("ForeignAffairs_AdvanceAgreement")
            .WithSummary("Move an agreement one step along its approval chain, sign or terminate it (If-Match required; 友好城市审批进程)")
            .WithDescription("Letter of intent: Proposed → Signed. Friendly exchange city: Proposed → Exchanges → CityApplication → ProvincialReview → Signed. Sister city: … → ProvincialReview → NationalApproval → Signed. Any state may be Terminated. Any other step is 409 foreign-affairs.agreement-state. Signed records the signing date (`on`) and the expiry (`expiresOn`, after the signing, or none). `on` is not before the last step nor after today (400).")
            .Produces<AgreementResponse>().UpdateProblems()
            .RequireScope(ForeignAffairsModule.WriteScope);

    private static async Task<Ok<AgreementResponse>> Handle(Guid id, AdvanceAgreementRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new AdvanceAgreementCommand(id, ETags.RequireIfMatch(http), body), ct), a => a.Version);
}

internal sealed record AdvanceAgreementCommand(Guid Id, IfMatch IfMatch, AdvanceAgreementRequest Body) : ICommand<AgreementResponse>;

internal sealed class AdvanceAgreementValidator : AbstractValidator<AdvanceAgreementCommand>
{
    public AdvanceAgreementValidator()
    {
        RuleFor(c => c.Body.State).IsInEnum();
        RuleFor(c => c.Body.On).NotEmpty();
        RuleFor(c => c.Body.Note).MaximumLength(500);
        RuleFor(c => c.Body.ExpiresOn).Must((c, e) => e is null || (c.Body.State == AgreementState.Signed && e > c.Body.On))
            .WithErrorCode(ForeignAffairsErrors.AgreementDatesInvalid.Code).WithMessage(ForeignAffairsErrors.AgreementDatesInvalid.Title);
    }
}

internal sealed class AdvanceAgreementHandler(AgreementRepository agreements, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<AdvanceAgreementCommand, AgreementResponse>
{
    public async Task<AgreementResponse> Handle(AdvanceAgreementCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var row = await agreements.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(ForeignAffairsErrors.AgreementNotFound);
        var expected = command.IfMatch.Against(row.Version);
        if (!AgreementChain.CanMove(row.Type, row.State, b.State))
        {
            throw new ProblemException(ForeignAffairsErrors.AgreementState, detail: $"{row.Type}: {row.State} → {b.State}");
        }
        var steps = AgreementMapping.StepsOf(row);
        if (b.On > clock.Today || (steps.Count > 0 && b.On < steps[^1].On))
        {
            throw ProblemException.ForField(ForeignAffairsErrors.AgreementDatesInvalid, "on");
        }
        var before = row.ToResponse(clock.Today);
        steps.Add(new AgreementStep(b.State, b.On, string.IsNullOrWhiteSpace(b.Note) ? null : b.Note.Trim()));
        row.Steps = RuleJson.Write(steps);
        row.State = b.State;
        if (b.State == AgreementState.Signed)
        {
            row.SignedOn = b.On;
            row.ExpiresOn = b.ExpiresOn;
        }
        row.Version = expected + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await agreements.UpdateAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        var after = row.ToResponse(clock.Today);
        audit.Record("ForeignAffairsAgreement", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
