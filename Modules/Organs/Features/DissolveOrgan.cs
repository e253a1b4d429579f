using OrganAffairs.Contracts.Common;
using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Mediation;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Organs.Features;

internal sealed record DissolveOrganCommand(Guid Id, DissolveOrganRequest Body) : ICommand<OrganResponse>;

internal sealed class DissolveOrganValidator : AbstractValidator<DissolveOrganCommand>
{
    public DissolveOrganValidator()
    {
        RuleFor(c => c.Body.DissolvedOn).NotEmpty();
        RuleFor(c => c.Body.Reason).NotEmpty().MaximumLength(500);
    }
}

/// <summary>Organs are never deleted: dissolving keeps the record and its history.</summary>
internal sealed class DissolveOrganHandler(OrganRepository organs, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<DissolveOrganCommand, OrganResponse>
{
    public async Task<OrganResponse> Handle(DissolveOrganCommand command, CancellationToken ct)
    {
        var row = await organs.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(OrgansErrors.OrganNotFound);
        scope.EnsureSeesAll();
        if (row.Status == OrganStatus.Dissolved)
        {
            throw new ProblemException(OrgansErrors.OrganDissolved);
        }
        await organs.LockHierarchyAsync(ct);
        if (await organs.CountActiveChildrenAsync(row.Id, ct) > 0)
        {
            throw new ProblemException(OrgansErrors.HasActiveSubordinates);
        }
        var headcount = (await organs.HeadcountAsync([row.Id], ct)).Select(h => new HeadcountItem(h.RankCode, h.Approved)).ToList();
        var before = OrganMapping.Snapshot(row, headcount);
        var expected = row.Version;
        row.Status = OrganStatus.Dissolved;
        row.DissolvedOn = command.Body.DissolvedOn;
        row.DissolveReason = command.Body.Reason.Trim();
        row.Version = expected + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await organs.UpdateAsync(row, expected, ct))
        {
            // An action has no If-Match: losing a race with another change is a conflict to retry.
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        audit.Record("Organ", row.Id, row.Id, AuditTrail.Diff(before, OrganMapping.Snapshot(row, headcount)));
        return OrganMapping.ToResponse(row, OrganMapping.Rows(row.Id, headcount));
    }
}
