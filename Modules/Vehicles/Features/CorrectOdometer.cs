using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Correct a vehicle's odometer (Vehicles_CorrectOdometer): the route.</summary>
internal static class CorrectOdometer
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder vehicles) =>
        vehicles.MapPost("/{id:guid}/odometer-corrections", Handle).WithName("Vehicles_CorrectOdometer")
            .WithSummary("Correct a vehicle's odometer (里程更正), with a reason")
            .WithDescription("The only way a reading goes down. The reason and the old and new readings are kept in the audit trail. Not while the vehicle is on a trip (409). An upward correction that makes the vehicle eligible for renewal (V8: renewal cannot be bypassed) is the bureau's act (403 auth.bureau-only) and needs an approvalReference (422 vehicles.approval-required); the reference is audited.")
            .Produces<VehicleResponse>().Problems(400, 404, 409, 413, 415, 422)
            .RequireScope(VehiclesModule.WriteScope);

    private static async Task<Ok<VehicleResponse>> Handle(Guid id, CorrectOdometerRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new CorrectOdometerCommand(id, body), ct), v => v.Version);
}

internal sealed record CorrectOdometerCommand(Guid VehicleId, CorrectOdometerRequest Body) : ICommand<VehicleResponse>;

internal sealed class CorrectOdometerValidator : AbstractValidator<CorrectOdometerCommand>
{
    public CorrectOdometerValidator()
    {
        RuleFor(c => c.Body.OdometerKm).InclusiveBetween(0, 3_000_000);
        RuleFor(c => c.Body.Reason).NotEmpty().MaximumLength(500);
        RuleFor(c => c.Body.ApprovalReference).MaximumLength(200);
    }
}

/// <summary>里程更正: the only way an odometer goes down; the reason is kept in the audit trail with old and new values.</summary>
internal sealed class CorrectOdometerHandler(VehicleRepository vehicles, RuleRepository rules, IMediator mediator, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<CorrectOdometerCommand, VehicleResponse>
{
    public async Task<VehicleResponse> Handle(CorrectOdometerCommand command, CancellationToken ct)
    {
        var vehicle = await vehicles.GetVisibleAsync(command.VehicleId, ct) ?? throw new ProblemException(VehiclesErrors.VehicleNotFound);
        await vehicles.LockAsync(vehicle.Id, ct);
        vehicle = (await vehicles.GetAsync(vehicle.Id, ct))!;
        if (vehicle.Status == VehicleStatus.OnTrip)
        {
            throw new ProblemException(VehiclesErrors.VehicleOnTrip);
        }
        if (vehicle.Status == VehicleStatus.Disposed)
        {
            throw new ProblemException(VehiclesErrors.VehicleDisposed);
        }
        var old = vehicle.OdometerKm;
        var approval = string.IsNullOrWhiteSpace(command.Body.ApprovalReference) ? null : command.Body.ApprovalReference.Trim();
        if (command.Body.OdometerKm > old && await MakesEligibleAsync(vehicle, command.Body.OdometerKm, ct))
        {
            // V8: raising the reading past the renewal mileage would open an early renewal.
            scope.EnsureSeesAll();
            if (approval is null)
            {
                throw new ProblemException(VehiclesErrors.ApprovalRequired, detail: $"odometer {old} → {command.Body.OdometerKm} km makes the vehicle eligible for renewal");
            }
        }
        var expected = vehicle.Version;
        vehicle.OdometerKm = command.Body.OdometerKm;
        vehicle.Version = expected + 1;
        vehicle.UpdatedAt = clock.UtcNow;
        if (!await vehicles.UpdateAsync(vehicle, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        audit.Record("Vehicle", vehicle.Id, vehicle.OrganId, new Dictionary<string, FieldChange>
        {
            ["odometerKm"] = new(old, vehicle.OdometerKm),
            ["odometerCorrectionReason"] = new(null, command.Body.Reason.Trim()),
            ["odometerCorrectionApproval"] = new(null, approval),
            ["version"] = new(expected, vehicle.Version),
        });
        return vehicle.ToResponse();
    }

    /// <summary>Whether the corrected reading makes a vehicle eligible for renewal today that is not eligible with its current one.</summary>
    private async Task<bool> MakesEligibleAsync(VehicleRow vehicle, int correctedKm, CancellationToken ct) =>
        !(await RenewalMapping.EligibilityAsync(rules, mediator, vehicle, clock.Today, ct)).Eligible
        && (await RenewalMapping.EligibilityAsync(rules, mediator, vehicle, correctedKm, clock.Today, ct)).Eligible;
}
