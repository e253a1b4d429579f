using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Guidance.Domain;
using OrganAffairs.Guidance.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Guidance.Features;

/// <summary>Verify a rectification and close the finding (Guidance_VerifyRectification): the route.</summary>
internal static class VerifyRectification
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder findings) =>
        findings.MapPost("/{id:guid}/verify", Handle).WithName("Guidance_VerifyRectification")
            .WithSummary("Verify a reported rectification: the finding closes and its violation with it (If-Match required; 整改验收)")
            .WithDescription("The city bureau's work (403 `auth.bureau-only`). Reported → Closed with the comments; the violation on the ledger closes as " +
                             "Corrected. `rectifiedOnTime` tells whether the verified report came by the deadline. Other statuses are 409 " +
                             "`guidance.finding-state`.")
            .Produces<FindingResponse>().UpdateProblems(403)
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Ok<FindingResponse>> Handle(Guid id, ReviewRectificationRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new VerifyRectificationCommand(id, ETags.RequireIfMatch(http), body), ct), f => f.Version);
}

internal sealed record VerifyRectificationCommand(Guid Id, IfMatch IfMatch, ReviewRectificationRequest Body) : ICommand<FindingResponse>;

internal sealed class VerifyRectificationValidator : AbstractValidator<VerifyRectificationCommand>
{
    public VerifyRectificationValidator() => RuleFor(c => c.Body.Comments).NotEmpty().MaximumLength(2000);
}

internal sealed class VerifyRectificationHandler(InspectionRepository repo, Violations violations, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<VerifyRectificationCommand, FindingResponse>
{
    public async Task<FindingResponse> Handle(VerifyRectificationCommand command, CancellationToken ct)
    {
        var row = await repo.GetVisibleFindingAsync(command.Id, ct) ?? throw new ProblemException(GuidanceErrors.FindingNotFound);
        scope.EnsureSeesAll();
        var expected = command.IfMatch.Against(row.Version);
        if (!Rectification.IsWithReviewer(Enum.Parse<FindingStatus>(row.Status)))
        {
            throw new ProblemException(GuidanceErrors.FindingState, detail: row.Status);
        }
        var before = row.ToResponse(clock.Today);
        row.Status = nameof(FindingStatus.Closed);
        row.ReviewComments = command.Body.Comments.Trim();
        row.ClosedOn = clock.Today;
        var after = await InspectionWrites.WriteFindingAsync(repo, audit, clock, row, expected, before, ct);
        await violations.CloseOpenAsync(Duty.Guidance, InspectionRules.FindingKind, row.Id, clock.Today, ViolationCloseReason.Corrected, "整改已验收", ct);
        return after;
    }
}
