using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Organs.Domain;
using OrganAffairs.Organs.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Organs.Features;

/// <summary>End concurrent post (Organs_EndConcurrentPost): the route.</summary>
internal static class EndConcurrentPost
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder staff) =>
        staff.MapPost("/{id:guid}/concurrent-posts/{postId:guid}/end", Handle).WithName("Organs_EndConcurrentPost")
            .WithSummary("End a concurrent post; publishes ConcurrentPostEnded (结束兼任职务)")
            .WithDescription("Ending on the day the post started is allowed; a primary post ends only by transfer or retirement (409).")
            .Produces<StaffMemberResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(OrgansModule.WriteScope);

    private static async Task<Ok<StaffMemberResponse>> Handle(Guid id, Guid postId, EndConcurrentPostRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new EndConcurrentPostCommand(id, postId, body), ct), s => s.Version);
}

internal sealed record EndConcurrentPostCommand(Guid StaffMemberId, Guid PostId, EndConcurrentPostRequest Body) : ICommand<StaffMemberResponse>;

internal sealed class EndConcurrentPostValidator : AbstractValidator<EndConcurrentPostCommand>
{
    public EndConcurrentPostValidator() => RuleFor(c => c.Body.EndedOn).NotEmpty();
}

/// <summary>Ends a concurrent post and publishes ConcurrentPostEnded (Buildings recovers the second office within 2 months).</summary>
internal sealed class EndConcurrentPostHandler(StaffRepository staff, AuditTrail audit, OutboxBuffer outbox, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<EndConcurrentPostCommand, StaffMemberResponse>
{
    public async Task<StaffMemberResponse> Handle(EndConcurrentPostCommand command, CancellationToken ct)
    {
        var row = await staff.GetVisibleAsync(command.StaffMemberId, ct) ?? throw new ProblemException(OrgansErrors.StaffNotFound);
        var posts = await staff.PostsAsync([row.Id], ct);
        var post = posts.SingleOrDefault(p => p.Id == command.PostId) ?? throw new ProblemException(OrgansErrors.PostNotFound);
        if (post.IsPrimary)
        {
            throw new ProblemException(OrgansErrors.PostIsPrimary);
        }
        if (post.EndedOn is not null)
        {
            throw new ProblemException(OrgansErrors.PostAlreadyEnded);
        }
        if (!PostDates.CanEndOn(post.StartedOn, command.Body.EndedOn))
        {
            throw ProblemException.ForField(OrgansErrors.DateBeforeStart, "endedOn");
        }
        var before = post.ToResponse();
        post.EndedOn = command.Body.EndedOn;
        await staff.UpdatePostAsync(post, ct);
        var expected = row.Version;
        row.Version = expected + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await staff.UpdateAsync(row, expected, ct))
        {
            // An action has no If-Match: losing a race with another change is a conflict to retry.
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        audit.Record("Post", post.Id, post.OrganId, AuditTrail.Diff(before, post.ToResponse()));
        outbox.Enqueue(new ConcurrentPostEnded(ids.NewId(), clock.UtcNow, row.Id, post.Id, post.OrganId, command.Body.EndedOn));
        return StaffMapping.ToResponse(row, posts);
    }
}
