using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Support;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>Release an allocation (收回); the record is kept (Buildings_ReleaseAllocation): the route.</summary>
internal static class ReleaseAllocation
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder allocations) =>
        allocations.MapPost("/{id:guid}/release", Handle).WithName("Buildings_ReleaseAllocation")
            .WithSummary("Release an allocation (收回); the record is kept")
            .WithDescription("The organ holds the room until the day before releasedOn. The bureau's work (403 for other organs); an allocation already released is 409.")
            .Produces<AllocationResponse>().Problems(400, 403, 404, 409, 413, 415)
            .RequireScope(BuildingsModule.WriteScope);

    private static async Task<Ok<AllocationResponse>> Handle(Guid id, ReleaseRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new ReleaseAllocationCommand(id, body), ct), a => a.Version);
}

internal sealed record ReleaseAllocationCommand(Guid Id, ReleaseRequest Body) : ICommand<AllocationResponse>;

internal sealed class ReleaseAllocationValidator : AbstractValidator<ReleaseAllocationCommand>
{
    public ReleaseAllocationValidator()
    {
        RuleFor(c => c.Body.ReleasedOn).NotEmpty();
        RuleFor(c => c.Body.Reason).NotEmpty().MaximumLength(500);
    }
}

/// <summary>Releases (收回) an allocation and the offices in the room, closing the allocation's own recovery case (over the approved area); the room may then be allocated again. Bureau only.</summary>
internal sealed class ReleaseAllocationHandler(AllocationRepository allocations, OfficeRepository offices, RecoveryRepository recovery, OfficeRelease release, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<ReleaseAllocationCommand, AllocationResponse>
{
    public async Task<AllocationResponse> Handle(ReleaseAllocationCommand command, CancellationToken ct)
    {
        var row = await allocations.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(BuildingsErrors.AllocationNotFound);
        scope.EnsureSeesAll();
        if (row.Status == HoldingStatus.Released)
        {
            throw new ProblemException(BuildingsErrors.AllocationReleased);
        }
        if (command.Body.ReleasedOn < row.EffectiveFrom)
        {
            throw ProblemException.ForField(BuildingsErrors.ReleaseBeforeStart, "releasedOn");
        }
        var before = row.ToResponse();
        row.Status = HoldingStatus.Released;
        row.ReleasedOn = command.Body.ReleasedOn;
        row.ReleaseReason = command.Body.Reason.Trim();
        var expected = row.Version;
        row.Version = expected + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await allocations.UpdateAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        audit.Record("Allocation", row.Id, row.OrganId, AuditTrail.Diff(before, row.ToResponse()));
        // Offices in a room the organ no longer holds are vacated with it.
        foreach (var office in await offices.ActiveAsync(null, null, row.Id, ct))
        {
            await release.ReleaseAsync(office, row.ReleasedOn.Value, "配置收回：" + row.ReleaseReason, ct);
        }
        // Space over the organ's approved area is recovered with it.
        await release.CloseCasesAsync(await recovery.OpenForAllocationAsync(row.Id, ct), row.ReleasedOn.Value, ct);
        return row.ToResponse();
    }
}
