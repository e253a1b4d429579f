using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Update a vehicle (Vehicles_UpdateVehicle): the route.</summary>
internal static class UpdateVehicle
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder vehicles) =>
        vehicles.MapPut("/{id:guid}", Handle).WithName("Vehicles_UpdateVehicle")
            .WithSummary("Update a vehicle's brand, model, status and fixed assignment (If-Match required; 修改车辆信息)")
            .WithDescription("Status may be set to Available, Maintenance or Sealed; OnTrip comes from trips and Disposed from disposal. A disposed vehicle cannot change (409). A new fixed assignment follows the fixed-car rank rule in force today (V5, 422 vehicles.rank-without-fixed-car / vehicles.not-a-leader) and is never an off-road vehicle (422).")
            .Produces<VehicleResponse>().UpdateProblems(422)
            .RequireScope(VehiclesModule.WriteScope);

    private static async Task<Ok<VehicleResponse>> Handle(Guid id, UpdateVehicleRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateVehicleCommand(id, ETags.RequireIfMatch(http), body), ct), v => v.Version);
}

internal sealed record UpdateVehicleCommand(Guid Id, IfMatch IfMatch, UpdateVehicleRequest Body) : ICommand<VehicleResponse>;

internal sealed class UpdateVehicleValidator : AbstractValidator<UpdateVehicleCommand>
{
    public UpdateVehicleValidator()
    {
        RuleFor(c => c.Body.Brand).NotEmpty().MaximumLength(50);
        RuleFor(c => c.Body.Model).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.Status).IsInEnum()
            .Must(s => s is VehicleStatus.Available or VehicleStatus.Maintenance or VehicleStatus.Sealed)
            .WithErrorCode(VehiclesErrors.StatusNotSettable.Code).WithMessage(_ => VehiclesErrors.StatusNotSettable.Title);
    }
}

internal sealed class UpdateVehicleHandler(VehicleRepository vehicles, RuleRepository rules, IMediator mediator, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<UpdateVehicleCommand, VehicleResponse>
{
    public async Task<VehicleResponse> Handle(UpdateVehicleCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var row = await vehicles.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(VehiclesErrors.VehicleNotFound);
        var expectedVersion = command.IfMatch.Against(row.Version);
        if (row.Status == VehicleStatus.Disposed)
        {
            throw new ProblemException(VehiclesErrors.VehicleDisposed);
        }
        if (row.Status == VehicleStatus.OnTrip && b.Status != VehicleStatus.OnTrip)
        {
            throw new ProblemException(VehiclesErrors.VehicleOnTrip);
        }
        if (b.AssignedLeaderId != row.AssignedLeaderId)
        {
            var organ = await mediator.Send(new GetOrganQuery(row.OrganId), ct);
            await VehicleRules.EnsureLeaderAsync(mediator, rules, b.AssignedLeaderId, row.OrganId, organ?.DivisionCode, row.BodyType, clock.Today, ct);
        }
        var before = row.ToResponse();
        row.Brand = b.Brand.Trim();
        row.Model = b.Model.Trim();
        row.Status = b.Status;
        row.AssignedLeaderId = b.AssignedLeaderId;
        row.Version = expectedVersion + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await vehicles.UpdateAsync(row, expectedVersion, ct))
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        var after = row.ToResponse();
        audit.Record("Vehicle", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
