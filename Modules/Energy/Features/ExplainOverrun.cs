using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Energy.Features;

/// <summary>Explain an overrun (超定额说明; If-Match required) (Energy_ExplainOverrun): the route.</summary>
internal static class ExplainOverrun
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost(EnergyEndpoints.Root + "/overruns/{id:guid}/explanation", Handle).WithTags(EnergyModule.QuotasTag).WithName("Energy_ExplainOverrun")
            .WithSummary("Explain an overrun (超定额说明; If-Match required)")
            .WithDescription("Open → Explained with the explanation (10–2000 characters); an explained overrun cannot be explained again (409).")
            .Produces<OverrunResponse>().UpdateProblems()
            .RequireScope(EnergyModule.WriteScope);

    private static async Task<Ok<OverrunResponse>> Handle(Guid id, ExplainOverrunRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new ExplainOverrunCommand(id, ETags.RequireIfMatch(http), body), ct), o => o.Version);
}

internal sealed record ExplainOverrunCommand(Guid Id, IfMatch IfMatch, ExplainOverrunRequest Body) : ICommand<OverrunResponse>;

internal sealed class ExplainOverrunValidator : AbstractValidator<ExplainOverrunCommand>
{
    public ExplainOverrunValidator() =>
        RuleFor(c => c.Body.Explanation).Must(e => e is not null && e.Trim().Length is >= 10 and <= 2000)
            .WithErrorCode(EnergyErrors.ExplanationInvalid.Code).WithMessage(_ => EnergyErrors.ExplanationInvalid.Title);
}

/// <summary>The institution itself explains its overrun (公共机构节能条例: consumption above quota must be explained).</summary>
internal sealed class ExplainOverrunHandler(ComplianceRepository compliance, AuditTrail audit, BusinessClock clock, Violations violations) : IRequestHandler<ExplainOverrunCommand, OverrunResponse>
{
    public async Task<OverrunResponse> Handle(ExplainOverrunCommand command, CancellationToken ct)
    {
        var row = await compliance.GetVisibleOverrunAsync(command.Id, ct) ?? throw new ProblemException(EnergyErrors.OverrunNotFound);
        var expectedVersion = command.IfMatch.Against(row.Version);
        if (row.Status == OverrunStatus.Explained)
        {
            throw new ProblemException(EnergyErrors.OverrunExplained);
        }
        var before = EnergyMapping.ToResponse(row);
        row.Status = OverrunStatus.Explained;
        row.Explanation = command.Body.Explanation.Trim();
        row.ExplainedAt = clock.UtcNow;
        row.Version++;
        if (await compliance.ExplainOverrunAsync(row, expectedVersion, ct) == 0)
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        audit.Record("EnergyOverrun", row.Id, row.OrganId, AuditTrail.Diff(before, EnergyMapping.ToResponse(row)));
        await violations.CloseOpenAsync(Duty.Energy, OverrunDetector.ViolationKind(row.Resource), row.Id, clock.Today, ViolationCloseReason.Corrected, "explained (已说明)", ct);
        return EnergyMapping.ToResponse(row);
    }
}
