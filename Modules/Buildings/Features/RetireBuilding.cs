using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>Retire a building (停用); it is kept with status Retired (Buildings_RetireBuilding): the route.</summary>
internal static class RetireBuilding
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder buildings) =>
        buildings.MapPost("/{id:guid}/retire", Handle).WithName("Buildings_RetireBuilding")
            .WithSummary("Retire a building (停用); it is kept with status Retired")
            .WithDescription("Space is never deleted. Refused (409) while the building has active rooms or is already retired; its floors retire with it.")
            .Produces<BuildingResponse>().Problems(400, 403, 404, 409, 413, 415)
            .RequireScope(BuildingsModule.WriteScope);

    private static async Task<Ok<BuildingResponse>> Handle(Guid id, RetireSpaceRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new RetireBuildingCommand(id, body), ct), b => b.Version);
}

internal sealed record RetireBuildingCommand(Guid Id, RetireSpaceRequest Body) : ICommand<BuildingResponse>;

internal sealed class RetireBuildingValidator : AbstractValidator<RetireBuildingCommand>
{
    public RetireBuildingValidator()
    {
        RuleFor(c => c.Body.RetiredOn).NotEmpty();
        RuleFor(c => c.Body.Reason).NotEmpty().MaximumLength(500);
    }
}

/// <summary>Retires a building and its floors; refused while it has active rooms (retire them first).</summary>
internal sealed class RetireBuildingHandler(SpaceRepository space, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<RetireBuildingCommand, BuildingResponse>
{
    public async Task<BuildingResponse> Handle(RetireBuildingCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        await space.LockBuildingAsync(command.Id, ct);
        var row = await space.GetBuildingAsync(command.Id, ct) ?? throw new ProblemException(BuildingsErrors.BuildingNotFound);
        if (row.Status == SpaceStatus.Retired)
        {
            throw new ProblemException(BuildingsErrors.AlreadyRetired);
        }
        if (await space.CountActiveRoomsAsync(row.Id, ct) > 0)
        {
            throw new ProblemException(BuildingsErrors.BuildingHasActiveRooms);
        }
        var before = row.ToResponse();
        row.Status = SpaceStatus.Retired;
        row.RetiredOn = command.Body.RetiredOn;
        row.RetireReason = command.Body.Reason.Trim();
        var expected = row.Version;
        row.Version = expected + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await space.UpdateBuildingAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        await space.RetireFloorsAsync(row.Id, command.Body.RetiredOn, ct);
        var changes = new Dictionary<string, FieldChange>(AuditTrail.Diff(before, row.ToResponse()))
        {
            ["retireReason"] = new(null, row.RetireReason),
        };
        audit.Record("Building", row.Id, null, changes);
        return row.ToResponse();
    }
}
