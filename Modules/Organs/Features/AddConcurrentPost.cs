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

/// <summary>Add concurrent post (Organs_AddConcurrentPost): the route.</summary>
internal static class AddConcurrentPost
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder staff) =>
        staff.MapPost("/{id:guid}/concurrent-posts", Handle).WithName("Organs_AddConcurrentPost")
            .WithSummary("Add a concurrent post (兼职) in another organ")
            .WithDescription("One open concurrent post per organ; not in the member's own organ (409).")
            .Produces<StaffMemberResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(OrgansModule.WriteScope);

    private static async Task<Ok<StaffMemberResponse>> Handle(Guid id, AddConcurrentPostRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new AddConcurrentPostCommand(id, body), ct), s => s.Version);
}

internal sealed record AddConcurrentPostCommand(Guid StaffMemberId, AddConcurrentPostRequest Body) : ICommand<StaffMemberResponse>;

internal sealed class AddConcurrentPostValidator : AbstractValidator<AddConcurrentPostCommand>
{
    public AddConcurrentPostValidator()
    {
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.PostTitle).MaximumLength(100);
        RuleFor(c => c.Body.StartedOn).NotEmpty();
    }
}

internal sealed class AddConcurrentPostHandler(OrganRepository organs, StaffRepository staff, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<AddConcurrentPostCommand, StaffMemberResponse>
{
    public async Task<StaffMemberResponse> Handle(AddConcurrentPostCommand command, CancellationToken ct)
    {
        var body = command.Body;
        var row = await staff.GetVisibleAsync(command.StaffMemberId, ct) ?? throw new ProblemException(OrgansErrors.StaffNotFound);
        StaffMapping.EnsureActive(row);
        var organ = await StaffMapping.ActiveOrganAsync(organs, body.OrganId, "organId", ct);
        var posts = (await staff.PostsAsync([row.Id], ct)).ToList();
        if (organ.Id == row.OrganId)
        {
            throw new ProblemException(OrgansErrors.SameOrgan);
        }
        if (posts.Any(p => !p.IsPrimary && p.EndedOn is null && p.OrganId == organ.Id))
        {
            throw new ProblemException(OrgansErrors.ConcurrentPostExists);
        }
        var post = new PostRow
        {
            Id = ids.NewId(), StaffMemberId = row.Id, OrganId = organ.Id, IsPrimary = false, Title = body.PostTitle?.Trim(), StartedOn = body.StartedOn,
        };
        await staff.InsertPostAsync(post, ct);
        posts.Add(post);
        // The staff row's version moves too, so an ETag read before this change is stale.
        var expected = row.Version;
        row.Version = expected + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await staff.UpdateAsync(row, expected, ct))
        {
            // An action has no If-Match: losing a race with another change is a conflict to retry.
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        audit.Record("Post", post.Id, post.OrganId, AuditTrail.Diff(null, post.ToResponse()));
        return StaffMapping.ToResponse(row, posts);
    }
}
