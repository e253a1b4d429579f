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

/// <summary>Transfer staff member (Organs_TransferStaffMember): the route.</summary>
internal static class TransferStaffMember
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder staff) =>
        staff.MapPost("/{id:guid}/transfer", Handle).WithName("Organs_TransferStaffMember")
            .WithSummary("Transfer a staff member to another organ (调动); publishes StaffTransferred")
            .WithDescription("The primary post ends the day before effectiveOn and a new one starts in the receiving organ. With toOrganId null the person leaves the organs served: status Transferred, and concurrent posts end too.")
            .Produces<StaffMemberResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(OrgansModule.WriteScope);

    private static async Task<Ok<StaffMemberResponse>> Handle(Guid id, TransferStaffMemberRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new TransferStaffMemberCommand(id, body), ct), s => s.Version);
}

internal sealed record TransferStaffMemberCommand(Guid Id, TransferStaffMemberRequest Body) : ICommand<StaffMemberResponse>;

internal sealed class TransferStaffMemberValidator : AbstractValidator<TransferStaffMemberCommand>
{
    public TransferStaffMemberValidator()
    {
        RuleFor(c => c.Body.ToOrganId).NotEqual(Guid.Empty);
        RuleFor(c => c.Body.EffectiveOn).NotEmpty();
        RuleFor(c => c.Body.RankCode).MaximumLength(50);
        RuleFor(c => c.Body.PostTitle).MaximumLength(100);
    }
}

/// <summary>
/// Ends the primary post the day before, opens one in the receiving organ (or marks the person
/// Transferred when they leave the organs served), and publishes StaffTransferred after commit.
/// </summary>
internal sealed class TransferStaffMemberHandler(
    OrganRepository organs, StaffRepository staff, RankRepository ranks, AuditTrail audit, OutboxBuffer outbox, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<TransferStaffMemberCommand, StaffMemberResponse>
{
    public async Task<StaffMemberResponse> Handle(TransferStaffMemberCommand command, CancellationToken ct)
    {
        var body = command.Body;
        var row = await staff.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(OrgansErrors.StaffNotFound);
        StaffMapping.EnsureActive(row);
        var posts = (await staff.PostsAsync([row.Id], ct)).ToList();
        var primary = posts.Single(p => p.IsPrimary && p.EndedOn is null);
        var ending = body.ToOrganId is null ? posts.Where(p => p.EndedOn is null).ToList() : [primary];
        if (ending.Any(p => !PostDates.CanCloseOn(p.StartedOn, body.EffectiveOn)))
        {
            throw ProblemException.ForField(OrgansErrors.DateBeforeStart, "effectiveOn");
        }
        if (body.ToOrganId == row.OrganId)
        {
            throw new ProblemException(OrgansErrors.SameOrgan);
        }

        var before = StaffMapping.Snapshot(row);
        var fromOrganId = row.OrganId;
        primary.EndedOn = PostDates.EndBefore(body.EffectiveOn);
        await staff.UpdatePostAsync(primary, ct);
        if (body.ToOrganId is { } toOrganId)
        {
            var target = await StaffMapping.ActiveOrganAsync(organs, toOrganId, "toOrganId", ct);
            var rank = body.RankCode ?? row.RankCode;
            await StaffMapping.EnsureRankAsync(ranks, clock, target, rank, "rankCode", ct);
            var post = new PostRow
            {
                Id = ids.NewId(), StaffMemberId = row.Id, OrganId = target.Id, IsPrimary = true, Title = body.PostTitle?.Trim(), StartedOn = body.EffectiveOn,
            };
            await staff.InsertPostAsync(post, ct);
            posts.Add(post);
            row.OrganId = target.Id;
            row.RankCode = rank;
            await staff.RecordRankAsync(ids.NewId(), row.Id, target.Id, rank, body.EffectiveOn, ct);
        }
        else
        {
            // Leaving the organs this bureau serves ends the concurrent posts too (second offices are then recovered).
            row.Status = StaffStatus.Transferred;
            await staff.EndRankAsync(row.Id, body.EffectiveOn, ct);
            foreach (var post in posts.Where(p => !p.IsPrimary && p.EndedOn is null))
            {
                post.EndedOn = PostDates.EndBefore(body.EffectiveOn);
                await staff.UpdatePostAsync(post, ct);
                outbox.Enqueue(new ConcurrentPostEnded(ids.NewId(), clock.UtcNow, row.Id, post.Id, post.OrganId, post.EndedOn.Value));
            }
        }
        row.StatusEffectiveOn = body.EffectiveOn;
        var expected = row.Version;
        row.Version = expected + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await staff.UpdateAsync(row, expected, ct))
        {
            // An action has no If-Match: losing a race with another change is a conflict to retry.
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        audit.Record("StaffMember", row.Id, fromOrganId, AuditTrail.Diff(before, StaffMapping.Snapshot(row)));
        outbox.Enqueue(new StaffTransferred(ids.NewId(), clock.UtcNow, row.Id, fromOrganId, body.ToOrganId, body.EffectiveOn));
        return StaffMapping.ToResponse(row, posts);
    }
}
