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

/// <summary>Retire staff member (Organs_RetireStaffMember): the route.</summary>
internal static class RetireStaffMember
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder staff) =>
        staff.MapPost("/{id:guid}/retire", Handle).WithName("Organs_RetireStaffMember")
            .WithSummary("Retire a staff member (退休); publishes StaffRetired")
            .WithDescription("Every open post ends the day before effectiveOn; each ended concurrent post also publishes ConcurrentPostEnded.")
            .Produces<StaffMemberResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(OrgansModule.WriteScope);

    private static async Task<Ok<StaffMemberResponse>> Handle(Guid id, RetireStaffMemberRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new RetireStaffMemberCommand(id, body), ct), s => s.Version);
}

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
        if (open.Any(p => !PostDates.CanCloseOn(p.StartedOn, effectiveOn)))
        {
            throw ProblemException.ForField(OrgansErrors.DateBeforeStart, "effectiveOn");
        }
        var before = StaffMapping.Snapshot(row);
        var now = clock.UtcNow;
        foreach (var post in open)
        {
            post.EndedOn = PostDates.EndBefore(effectiveOn);
            await staff.UpdatePostAsync(post, ct);
            if (!post.IsPrimary)
            {
                outbox.Enqueue(new ConcurrentPostEnded(ids.NewId(), now, row.Id, post.Id, post.OrganId, post.EndedOn.Value));
            }
        }
        await staff.EndRankAsync(row.Id, effectiveOn, ct);
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
