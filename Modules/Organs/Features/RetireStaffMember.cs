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

internal sealed record RetireStaffMemberCommand(Guid Id, RetireStaffMemberRequest Body) : ICommand<StaffMemberResponse>;

internal sealed class RetireStaffMemberValidator : AbstractValidator<RetireStaffMemberCommand>
{
    public RetireStaffMemberValidator() => RuleFor(c => c.Body.EffectiveOn).NotEmpty();
}

/// <summary>Retirement ends every open post; each concurrent post's end is published too, for second-office recovery.</summary>
internal sealed class RetireStaffMemberHandler(StaffRepository staff, AuditTrail audit, OutboxBuffer outbox, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<RetireStaffMemberCommand, StaffMemberResponse>
{
    public async Task<StaffMemberResponse> Handle(RetireStaffMemberCommand command, CancellationToken ct)
    {
        var effectiveOn = command.Body.EffectiveOn;
        var row = await staff.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(OrgansErrors.StaffNotFound);
        StaffMapping.EnsureActive(row);
        var posts = await staff.PostsAsync([row.Id], ct);
        var open = posts.Where(p => p.EndedOn is null).ToList();
        if (open.Any(p => effectiveOn <= p.StartedOn))
        {
            throw ProblemException.ForField(OrgansErrors.DateBeforeStart, "effectiveOn");
        }
        var before = StaffMapping.Snapshot(row);
        var now = clock.UtcNow;
        foreach (var post in open)
        {
            post.EndedOn = effectiveOn.AddDays(-1);
            await staff.UpdatePostAsync(post, ct);
            if (!post.IsPrimary)
            {
                outbox.Enqueue(new ConcurrentPostEnded(ids.NewId(), now, row.Id, post.Id, post.OrganId, post.EndedOn.Value));
            }
        }
        var expected = row.Version;
        row.Status = StaffStatus.Retired;
        row.StatusEffectiveOn = effectiveOn;
        row.Version = expected + 1;
        row.UpdatedAt = now;
        if (!await staff.UpdateAsync(row, expected, ct))
        {
            // An action has no If-Match: losing a race with another change is a conflict to retry.
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        audit.Record("StaffMember", row.Id, row.OrganId, AuditTrail.Diff(before, StaffMapping.Snapshot(row)));
        outbox.Enqueue(new StaffRetired(ids.NewId(), now, row.Id, row.OrganId, effectiveOn));
        return StaffMapping.ToResponse(row, posts);
    }
}
