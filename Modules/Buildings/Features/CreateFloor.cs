using FluentValidation;
using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Features;

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
