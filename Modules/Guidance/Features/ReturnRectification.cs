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

/// <summary>Return a rectification report (Guidance_ReturnRectification): the route.</summary>
internal static class ReturnRectification
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder findings) =>
        findings.MapPost("/{id:guid}/return", Handle).WithName("Guidance_ReturnRectification")
            .WithSummary("Return a rectification report to the unit with comments (If-Match required; 整改退回)")
            .WithDescription("The city bureau's work (403 `auth.bureau-only`). Reported → Returned; the unit reports again, and the deadline still counts. " +
                             "Other statuses are 409 `guidance.finding-state`.")
            .Produces<FindingResponse>().UpdateProblems(403)
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Ok<FindingResponse>> Handle(Guid id, ReviewRectificationRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new ReturnRectificationCommand(id, ETags.RequireIfMatch(http), body), ct), f => f.Version);
}

internal sealed record ReturnRectificationCommand(Guid Id, IfMatch IfMatch, ReviewRectificationRequest Body) : ICommand<FindingResponse>;

internal sealed class ReturnRectificationValidator : AbstractValidator<ReturnRectificationCommand>
{
    public ReturnRectificationValidator() => RuleFor(c => c.Body.Comments).NotEmpty().MaximumLength(2000);
}

internal sealed class ReturnRectificationHandler(InspectionRepository repo, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<ReturnRectificationCommand, FindingResponse>
{
    public async Task<FindingResponse> Handle(ReturnRectificationCommand command, CancellationToken ct)
    {
        var row = await repo.GetVisibleFindingAsync(command.Id, ct) ?? throw new ProblemException(GuidanceErrors.FindingNotFound);
        scope.EnsureSeesAll();
        var expected = command.IfMatch.Against(row.Version);
        if (!Rectification.IsWithReviewer(Enum.Parse<FindingStatus>(row.Status)))
        {
            throw new ProblemException(GuidanceErrors.FindingState, detail: row.Status);
        }
        var before = row.ToResponse(clock.Today);
        row.Status = nameof(FindingStatus.Returned);
        row.ReviewComments = command.Body.Comments.Trim();
        return await InspectionWrites.WriteFindingAsync(repo, audit, clock, row, expected, before, ct);
    }
}
