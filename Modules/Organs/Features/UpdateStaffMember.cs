using OrganAffairs.Contracts.Common;
using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Mediation;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Organs.Features;

internal sealed record UpdateStaffMemberCommand(Guid Id, long ExpectedVersion, UpdateStaffMemberRequest Body) : ICommand<StaffMemberResponse>;

internal sealed class UpdateStaffMemberValidator : AbstractValidator<UpdateStaffMemberCommand>
{
    public UpdateStaffMemberValidator()
    {
        RuleFor(c => c.Body.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.RankCode).NotEmpty().MaximumLength(50);
        RuleFor(c => c.Body.PostTitle).MaximumLength(100);
    }
}

internal sealed class UpdateStaffMemberHandler(OrganRepository organs, StaffRepository staff, RankRepository ranks, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<UpdateStaffMemberCommand, StaffMemberResponse>
{
    public async Task<StaffMemberResponse> Handle(UpdateStaffMemberCommand command, CancellationToken ct)
    {
        var row = await staff.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(OrgansErrors.StaffNotFound);
        if (row.Version != command.ExpectedVersion)
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        StaffMapping.EnsureActive(row);
        var organ = await organs.GetAsync(row.OrganId, ct) ?? throw new ProblemException(OrgansErrors.OrganNotFound);
        if (command.Body.RankCode != row.RankCode)
        {
            await StaffMapping.EnsureRankAsync(ranks, clock, organ, command.Body.RankCode, "rankCode", ct);
        }
        var before = StaffMapping.Snapshot(row);
        row.Name = command.Body.Name.Trim();
        row.RankCode = command.Body.RankCode;
        row.Version = command.ExpectedVersion + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await staff.UpdateAsync(row, command.ExpectedVersion, ct))
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
