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
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Features;

/// <summary>Add a floor to a building (Buildings_CreateFloor): the route.</summary>
internal static class CreateFloor
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder buildings) =>
        buildings.MapPost("/{id:guid}/floors", Handle).WithName("Buildings_CreateFloor")
            .WithSummary("Add a floor to a building (新增楼层)")
            .WithDescription("The label is unique in the building (409); a retired building takes no floors (409). Accepts Idempotency-Key.")
            .Produces<FloorResponse>(StatusCodes.Status201Created).CreateProblems(403, 404)
            .RequireScope(BuildingsModule.WriteScope);

    private static async Task<Created<FloorResponse>> Handle(Guid id, CreateFloorRequest body, IMediator mediator, CancellationToken ct)
    {
        var floor = await mediator.Send(new CreateFloorCommand(id, body), ct);
        return TypedResults.Created($"{BuildingsEndpoints.Root}/{id}/floors", floor);
    }
}

internal sealed record CreateFloorCommand(Guid BuildingId, CreateFloorRequest Body) : ICommand<FloorResponse>;

internal sealed class CreateFloorValidator : AbstractValidator<CreateFloorCommand>
{
    public CreateFloorValidator()
    {
        RuleFor(c => c.Body.Label).NotEmpty().MaximumLength(20);
        RuleFor(c => c.Body.Level).InclusiveBetween(-10, 200);
    }
}

internal sealed class CreateFloorHandler(SpaceRepository space, OrganScope scope, AuditTrail audit, IdGenerator ids)
    : IRequestHandler<CreateFloorCommand, FloorResponse>
{
    public async Task<FloorResponse> Handle(CreateFloorCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        await space.LockBuildingAsync(command.BuildingId, ct);
        var building = await space.GetBuildingAsync(command.BuildingId, ct) ?? throw new ProblemException(BuildingsErrors.BuildingNotFound);
        if (building.Status == SpaceStatus.Retired)
        {
            throw new ProblemException(BuildingsErrors.BuildingRetired);
        }
        var row = new FloorRow { Id = ids.NewId(), BuildingId = building.Id, Label = command.Body.Label.Trim(), Level = command.Body.Level, Status = SpaceStatus.Active };
        try
        {
            await space.InsertFloorAsync(row, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(BuildingsErrors.FloorLabelTaken);
        }
        audit.Record("Floor", row.Id, null, AuditTrail.Diff(null, row.ToResponse()));
        return row.ToResponse();
    }
}
