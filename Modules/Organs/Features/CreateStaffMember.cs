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
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Organs.Features;

/// <summary>Create staff member (Organs_CreateStaffMember): the route.</summary>
internal static class CreateStaffMember
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder staff) =>
        staff.MapPost("/", Handle).WithName("Organs_CreateStaffMember")
            .WithSummary("Register a staff member with a primary post (登记工作人员)")
            .WithDescription("The rank must be a rank of the organ's administrative level in force today for its division (see GET /api/v1/organs/ranks). Accepts Idempotency-Key.")
            .Produces<StaffMemberResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(OrgansModule.WriteScope);

    private static async Task<Created<StaffMemberResponse>> Handle(CreateStaffMemberRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var member = await mediator.Send(new CreateStaffMemberCommand(body), ct);
        return ETags.Created(http, $"{OrgansEndpoints.Root}/staff/{member.Id}", member, m => m.Version);
    }
}

internal sealed record CreateStaffMemberCommand(CreateStaffMemberRequest Body) : ICommand<StaffMemberResponse>;

internal sealed class CreateStaffMemberValidator : AbstractValidator<CreateStaffMemberCommand>
{
    public CreateStaffMemberValidator()
    {
        RuleFor(c => c.Body.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.RankCode).NotEmpty().MaximumLength(50);
        RuleFor(c => c.Body.PostTitle).MaximumLength(100);
        RuleFor(c => c.Body.StartedOn).NotEmpty();
    }
}

internal sealed class CreateStaffMemberHandler(
    OrganRepository organs, StaffRepository staff, RankRepository ranks, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateStaffMemberCommand, StaffMemberResponse>
{
    public async Task<StaffMemberResponse> Handle(CreateStaffMemberCommand command, CancellationToken ct)
    {
        var body = command.Body;
        var organ = await StaffMapping.ActiveOrganAsync(organs, body.OrganId, "organId", ct);
        await StaffMapping.EnsureRankAsync(ranks, clock, organ, body.RankCode, "rankCode", ct);
        var now = clock.UtcNow;
        var row = new StaffRow
        {
            Id = ids.NewId(),
            Name = body.Name.Trim(),
            OrganId = organ.Id,
            RankCode = body.RankCode,
            Status = StaffStatus.Active,
            StatusEffectiveOn = body.StartedOn,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var post = new PostRow
        {
            Id = ids.NewId(), StaffMemberId = row.Id, OrganId = organ.Id, IsPrimary = true, Title = body.PostTitle?.Trim(), StartedOn = body.StartedOn,
        };
        await staff.InsertAsync(row, ct);
        await staff.InsertPostAsync(post, ct);
        await staff.RecordRankAsync(ids.NewId(), row.Id, organ.Id, row.RankCode, body.StartedOn, ct);
        audit.Record("StaffMember", row.Id, row.OrganId, AuditTrail.Diff(null, StaffMapping.Snapshot(row)));
        return StaffMapping.ToResponse(row, [post]);
    }
}
