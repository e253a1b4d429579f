using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Organs.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Organs.Features;

/// <summary>Update staff member (Organs_UpdateStaffMember): the route.</summary>
internal static class UpdateStaffMember
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder staff) =>
        staff.MapPut("/{id:guid}", Handle).WithName("Organs_UpdateStaffMember")
            .WithSummary("Update a staff member's name, rank and post title (If-Match required; 修改工作人员信息)")
            .WithDescription("Organ and status change only through the transfer and retire actions; a transferred or retired member cannot be updated (409).")
            .Produces<StaffMemberResponse>().UpdateProblems()
            .RequireScope(OrgansModule.WriteScope);

    private static async Task<Ok<StaffMemberResponse>> Handle(Guid id, UpdateStaffMemberRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateStaffMemberCommand(id, ETags.RequireIfMatch(http), body), ct), s => s.Version);
}

internal sealed record UpdateStaffMemberCommand(Guid Id, IfMatch IfMatch, UpdateStaffMemberRequest Body) : ICommand<StaffMemberResponse>;

internal sealed class UpdateStaffMemberValidator : AbstractValidator<UpdateStaffMemberCommand>
{
    public UpdateStaffMemberValidator()
    {
        RuleFor(c => c.Body.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.RankCode).NotEmpty().MaximumLength(50);
        RuleFor(c => c.Body.PostTitle).MaximumLength(100);
    }
}

internal sealed class UpdateStaffMemberHandler(OrganRepository organs, StaffRepository staff, RankRepository ranks, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<UpdateStaffMemberCommand, StaffMemberResponse>
{
    public async Task<StaffMemberResponse> Handle(UpdateStaffMemberCommand command, CancellationToken ct)
    {
        var row = await staff.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(OrgansErrors.StaffNotFound);
        var expectedVersion = command.IfMatch.Against(row.Version);
        StaffMapping.EnsureActive(row);
        var organ = await organs.GetAsync(row.OrganId, ct) ?? throw new ProblemException(OrgansErrors.OrganNotFound);
        if (command.Body.RankCode != row.RankCode)
        {
            await StaffMapping.EnsureRankAsync(ranks, clock, organ, command.Body.RankCode, "rankCode", ct);
        }
        var before = StaffMapping.Snapshot(row);
        if (command.Body.RankCode != row.RankCode)
        {
            // A rank change takes effect today (the business date): reports for earlier dates keep the old rank.
            await staff.RecordRankAsync(ids.NewId(), row.Id, row.OrganId, command.Body.RankCode, clock.Today, ct);
        }
        row.Name = command.Body.Name.Trim();
        row.RankCode = command.Body.RankCode;
        row.Version = expectedVersion + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await staff.UpdateAsync(row, expectedVersion, ct))
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        var posts = await staff.PostsAsync([row.Id], ct);
        var primary = posts.Single(p => p.IsPrimary && p.EndedOn is null);
        var title = command.Body.PostTitle?.Trim();
        if (primary.Title != title)
        {
            audit.Record("Post", primary.Id, primary.OrganId, new Dictionary<string, FieldChange> { ["title"] = new(primary.Title, title) });
            primary.Title = title;
            await staff.UpdatePostAsync(primary, ct);
        }
        audit.Record("StaffMember", row.Id, row.OrganId, AuditTrail.Diff(before, StaffMapping.Snapshot(row)));
        return StaffMapping.ToResponse(row, posts);
    }
}
