using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Dispose of a vehicle (Vehicles_DisposeVehicle): the route.</summary>
internal static class DisposeVehicle
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder vehicles) =>
        vehicles.MapPost("/{id:guid}/dispose", Handle).WithName("Vehicles_DisposeVehicle")
            .WithSummary("Dispose of a vehicle (处置: auction, transfer, scrap), freeing its quota place")
            .WithDescription("Only a vehicle eligible for renewal on disposedOn (422 vehicles.not-eligible-for-renewal otherwise, whatever happened to its user), or a written-off vehicle scrapped with its appraisal reference by the bureau (403 auth.bureau-only otherwise; V8: the renewal rule is not bypassed by an organ itself; audited). Not while a trip is dispatched or running (409). The vehicle stays in the ledger as Disposed.")
            .Produces<VehicleResponse>().Problems(400, 404, 409, 413, 415, 422)
            .RequireScope(VehiclesModule.WriteScope);

    private static async Task<Ok<VehicleResponse>> Handle(Guid id, DisposeVehicleRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new DisposeVehicleCommand(id, body), ct), v => v.Version);
}

internal sealed record DisposeVehicleCommand(Guid VehicleId, DisposeVehicleRequest Body) : ICommand<VehicleResponse>;

internal sealed class DisposeVehicleValidator : AbstractValidator<DisposeVehicleCommand>
{
    public DisposeVehicleValidator()
    {
        RuleFor(c => c.Body.Method).IsInEnum();
        RuleFor(c => c.Body.DisposedOn).NotEmpty();
        RuleFor(c => c.Body.Proceeds).Yuan();
        RuleFor(c => c.Body.Reference).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.WriteOffReference).MaximumLength(200)
            .Must((c, w) => w is null || c.Body.Method == DisposalMethod.Scrap)
            .WithErrorCode(VehiclesErrors.WriteOffOnlyScrap.Code).WithMessage(_ => VehiclesErrors.WriteOffOnlyScrap.Title);
    }
}

/// <summary>
/// 处置 (auction, transfer, scrap): only an eligible vehicle (renewal rule) — or a written-off one scrapped with
/// its appraisal reference — and none with a dispatched or running trip. The vehicle stays as Disposed and frees its quota place.
/// </summary>
internal sealed class DisposeVehicleHandler(
    VehicleRepository vehicles, ReminderRepository reminders, RuleRepository rules, VehicleViolations violations, IMediator mediator, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<DisposeVehicleCommand, VehicleResponse>
{
    public async Task<VehicleResponse> Handle(DisposeVehicleCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var vehicle = await vehicles.GetVisibleAsync(command.VehicleId, ct) ?? throw new ProblemException(VehiclesErrors.VehicleNotFound);
        await vehicles.LockAsync(vehicle.Id, ct);
        vehicle = (await vehicles.GetAsync(vehicle.Id, ct))!;
        if (vehicle.Status == VehicleStatus.Disposed)
        {
            throw new ProblemException(VehiclesErrors.VehicleDisposed);
        }
        if (await reminders.HasOpenTripsAsync(vehicle.Id, ct))
        {
            throw new ProblemException(VehiclesErrors.VehicleHasTrips);
        }
        var writeOff = string.IsNullOrWhiteSpace(b.WriteOffReference) ? null : b.WriteOffReference.Trim();
        var eligibility = await RenewalMapping.EligibilityAsync(rules, mediator, vehicle, b.DisposedOn, ct);
        var skipsRenewalRule = !eligibility.Eligible;
        if (skipsRenewalRule)
        {
            if (writeOff is null)
            {
                var join = eligibility.Condition == RenewalCondition.AgeAndMileage ? "and" : "or";
                throw new ProblemException(VehiclesErrors.NotEligibleForRenewal,
                    detail: $"renewal: ≥ {eligibility.MinAgeYears} years (from {eligibility.EligibleByAgeFrom:yyyy-MM-dd}) {join} ≥ {eligibility.MinMileageKm} km (now {eligibility.OdometerKm}) — {eligibility.Source}");
            }
            // V8: scrapping a written-off vehicle before the renewal rule allows is the bureau's act, on its approval (reference) and the appraisal.
            scope.EnsureSeesAll();
        }
        var openReminders = await reminders.OpenAsync(null, vehicle.Id, ct);
        var before = vehicle.ToResponse();
        var expected = vehicle.Version;
        vehicle.Status = VehicleStatus.Disposed;
        vehicle.AssignedLeaderId = null;
        vehicle.DisposalMethod = b.Method;
        vehicle.DisposedOn = b.DisposedOn;
        vehicle.DisposalProceedsFen = Yuan.ToFen(b.Proceeds);
        vehicle.DisposalReference = b.Reference.Trim();
        vehicle.WriteOffReference = writeOff;
        vehicle.Version = expected + 1;
        vehicle.UpdatedAt = clock.UtcNow;
        if (!await vehicles.UpdateAsync(vehicle, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        var after = vehicle.ToResponse();
        var changes = new Dictionary<string, FieldChange>(AuditTrail.Diff(before, after))
        {
            ["disposalReference"] = new(null, vehicle.DisposalReference),
        };
        if (writeOff is not null)
        {
            changes["writeOffReference"] = new(null, writeOff);
        }
        if (skipsRenewalRule)
        {
            changes["renewalRuleSkipped"] = new(null, true);
        }
        audit.Record("Vehicle", vehicle.Id, vehicle.OrganId, changes);
        // The place it frees may bring the organ back within its quota (V6); its reminders end with it (V7).
        await violations.ReviewQuotasAsync(vehicle.OrganId, ct);
        foreach (var reminder in openReminders)
        {
            await violations.CloseReminderAsync(reminder.Id, clock.Today, ViolationCloseReason.SubjectEnded, $"vehicle disposed {b.DisposedOn:yyyy-MM-dd}", ct);
        }
        return after;
    }
}
