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

/// <summary>Notify an overdue rectification (Guidance_NotifyFinding): the route.</summary>
internal static class NotifyFinding
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder findings) =>
        findings.MapPost("/{id:guid}/notify", Handle).WithName("Guidance_NotifyFinding")
            .WithSummary("Issue the public notice (通报) of an overdue rectification, recording its text (If-Match required; 逾期通报)")
            .WithDescription("The city bureau's work (403 `auth.bureau-only`), G1 / 公共机构节能条例 Art. 37: only when overdue — Open or Returned and the " +
                             "business date today after the deadline (409 `guidance.finding-not-overdue` on the deadline itself or while a report awaits " +
                             "review); once (409 `guidance.finding-notified`). The finding stays open: the unit still reports and the bureau verifies.")
            .Produces<FindingResponse>().UpdateProblems(403)
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Ok<FindingResponse>> Handle(Guid id, NotifyFindingRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new NotifyFindingCommand(id, ETags.RequireIfMatch(http), body), ct), f => f.Version);
}

internal sealed record NotifyFindingCommand(Guid Id, IfMatch IfMatch, NotifyFindingRequest Body) : ICommand<FindingResponse>;

internal sealed class NotifyFindingValidator : AbstractValidator<NotifyFindingCommand>
{
    public NotifyFindingValidator() => RuleFor(c => c.Body.NoticeText).NotEmpty().MaximumLength(4000);
}

internal sealed class NotifyFindingHandler(InspectionRepository repo, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<NotifyFindingCommand, FindingResponse>
{
    public async Task<FindingResponse> Handle(NotifyFindingCommand command, CancellationToken ct)
    {
        var row = await repo.GetVisibleFindingAsync(command.Id, ct) ?? throw new ProblemException(GuidanceErrors.FindingNotFound);
        scope.EnsureSeesAll();
        var expected = command.IfMatch.Against(row.Version);
        if (row.NotifiedOn is not null)
        {
            throw new ProblemException(GuidanceErrors.FindingNotified);
        }
        if (!Rectification.IsOverdue(Enum.Parse<FindingStatus>(row.Status), row.DueOn, clock.Today))
        {
            throw new ProblemException(GuidanceErrors.FindingNotOverdue);
        }
        var before = row.ToResponse(clock.Today);
        row.NotifiedOn = clock.Today;
        row.NoticeText = command.Body.NoticeText.Trim();
        return await InspectionWrites.WriteFindingAsync(repo, audit, clock, row, expected, before, ct);
    }
}
