using OrganAffairs.Contracts.Common;
using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Mediation;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Organs.Features;

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
        if (command.Body.EndedOn < post.StartedOn)
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
