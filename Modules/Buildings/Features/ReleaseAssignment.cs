using FluentValidation;
using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

internal sealed record ReleaseAssignmentCommand(Guid Id, ReleaseRequest Body) : ICommand<AssignmentResponse>;

internal sealed class ReleaseAssignmentValidator : AbstractValidator<ReleaseAssignmentCommand>
{
    public ReleaseAssignmentValidator()
    {
        RuleFor(c => c.Body.ReleasedOn).NotEmpty();
        RuleFor(c => c.Body.Reason).NotEmpty().MaximumLength(500);
    }
}

/// <summary>An office is vacated (腾退); open recovery cases of it close.</summary>
internal sealed class ReleaseAssignmentHandler(OfficeRepository offices, OfficeRelease release)
    : IRequestHandler<ReleaseAssignmentCommand, AssignmentResponse>
{
    public async Task<AssignmentResponse> Handle(ReleaseAssignmentCommand command, CancellationToken ct)
    {
        var row = await offices.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(BuildingsErrors.AssignmentNotFound);
        if (row.Status == HoldingStatus.Released)
        {
            throw new ProblemException(BuildingsErrors.AssignmentReleased);
        }
        if (command.Body.ReleasedOn < row.StartedOn)
        {
            throw ProblemException.ForField(BuildingsErrors.ReleaseBeforeStart, "releasedOn");
        }
        await release.ReleaseAsync(row, command.Body.ReleasedOn, command.Body.Reason.Trim(), ct);
        return row.ToResponse();
    }
}

/// <summary>Releasing an office, from its own action or from the release of the room's allocation.</summary>
internal sealed class OfficeRelease(OfficeRepository offices, RecoveryRepository recovery, AuditTrail audit, BusinessClock clock)
{
    public async Task ReleaseAsync(AssignmentRow row, DateOnly releasedOn, string reason, CancellationToken ct)
    {
        var before = row.ToResponse();
        row.Status = HoldingStatus.Released;
        row.ReleasedOn = releasedOn < row.StartedOn ? row.StartedOn : releasedOn;
        row.ReleaseReason = reason;
        var expected = row.Version;
        row.Version = expected + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await offices.UpdateAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        audit.Record("OfficeAssignment", row.Id, row.OrganId, AuditTrail.Diff(before, row.ToResponse()));
        foreach (var open in await recovery.OpenForAssignmentAsync(row.Id, ct))
        {
            await recovery.CloseAsync(open.Id, row.ReleasedOn.Value, clock.UtcNow, ct);
            audit.Record("RecoveryCase", open.Id, open.OrganId, new Dictionary<string, FieldChange>
            {
                ["status"] = new(RecoveryStatus.Open, RecoveryStatus.Closed), ["closedOn"] = new(null, row.ReleasedOn),
            });
        }
    }
}
