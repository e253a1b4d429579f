using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Reception.Features;

/// <summary>Approve an over-standard line's explanation (Reception_ApproveExplanation): the route.</summary>
internal static class ApproveExplanation
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder receptions) =>
        receptions.MapPost("/{id:guid}/costs/{costId:guid}/approve-explanation", Handle).WithName("Reception_ApproveExplanation")
            .WithSummary("Approve the explanation of an over-standard cost line (超标准说明审批)")
            .WithDescription("Records who approved it (staffMemberId) and when, and closes the line's violation reception.over-standard-cost (R7, reason Exempted). A reception settles only when every over-standard line is approved. A line within its standard is 409 reception.not-over-standard; a second approval 409 reception.explanation-approved.")
            .Produces<CostLineResponse>().Problems(400, 404, 409)
            .RequireScope(ReceptionModule.WriteScope);

    private static async Task<Ok<CostLineResponse>> Handle(Guid id, Guid costId, ApproveExplanationRequest body, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ApproveExplanationCommand(id, costId, body), ct));
}

internal sealed record ApproveExplanationCommand(Guid ReceptionId, Guid CostId, ApproveExplanationRequest Body) : ICommand<CostLineResponse>;

internal sealed class ApproveExplanationValidator : AbstractValidator<ApproveExplanationCommand>
{
    public ApproveExplanationValidator() => RuleFor(c => c.Body.StaffMemberId).NotEmpty();
}

internal sealed class ApproveExplanationHandler(
    ReceptionRepository receptions, CostRepository costs, Violations violations, IMediator mediator, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<ApproveExplanationCommand, CostLineResponse>
{
    public async Task<CostLineResponse> Handle(ApproveExplanationCommand command, CancellationToken ct)
    {
        var reception = await receptions.GetVisibleAsync(command.ReceptionId, ct) ?? throw new ProblemException(ReceptionErrors.ReceptionNotFound);
        var line = await costs.GetAsync(reception.Id, command.CostId, ct) ?? throw new ProblemException(ReceptionErrors.CostNotFound);
        if (!line.OverStandard)
        {
            throw new ProblemException(ReceptionErrors.NotOverStandard);
        }
        await ReceptionReferences.StaffAsync(mediator, command.Body.StaffMemberId, ct);
        var before = line.ToResponse();
        line.ExplanationApprovedBy = command.Body.StaffMemberId;
        line.ExplanationApprovedAt = clock.UtcNow;
        if (!await costs.ApproveExplanationAsync(line.Id, command.Body.StaffMemberId, line.ExplanationApprovedAt.Value, ct))
        {
            throw new ProblemException(ReceptionErrors.ExplanationApproved);
        }
        await violations.CloseOpenAsync(Duty.Reception, ReceptionViolationKinds.OverStandardCost, line.Id, clock.Today, ViolationCloseReason.Exempted,
            "explanation approved (超标准说明已批准)", ct);
        var after = line.ToResponse();
        audit.Record("ReceptionCost", line.Id, reception.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
