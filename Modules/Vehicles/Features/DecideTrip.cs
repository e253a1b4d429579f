using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Time;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Approve (审批通过), reject or cancel a trip: state changes without a vehicle.</summary>
internal enum TripDecision { Approve, Reject, Cancel }

/// <summary>The one command behind the routes ApproveTrip, RejectTrip and CancelTrip.</summary>
internal sealed record DecideTripCommand(Guid Id, TripDecision Decision, string? Reason) : ICommand<TripResponse>;

internal sealed class DecideTripValidator : AbstractValidator<DecideTripCommand>
{
    public DecideTripValidator() =>
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500).When(c => c.Decision != TripDecision.Approve).OverridePropertyName("reason");
}

internal sealed class DecideTripHandler(TripRepository trips, AuditTrail audit, BusinessClock clock) : IRequestHandler<DecideTripCommand, TripResponse>
{
    public async Task<TripResponse> Handle(DecideTripCommand command, CancellationToken ct)
    {
        var row = await trips.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(VehiclesErrors.TripNotFound);
        var (allowed, next) = command.Decision switch
        {
            TripDecision.Approve => (row.Status == TripStatus.Requested, TripStatus.Approved),
            TripDecision.Reject => (row.Status == TripStatus.Requested, TripStatus.Rejected),
            _ => (row.Status is TripStatus.Requested or TripStatus.Approved or TripStatus.Dispatched, TripStatus.Cancelled),
        };
        if (!allowed)
        {
            throw new ProblemException(VehiclesErrors.TripState, detail: $"{row.Status} → {next}");
        }
        var before = row.ToResponse();
        var expected = row.Version;
        row.Status = next;
        row.Reason = command.Reason?.Trim();
        row.Version = expected + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await trips.UpdateAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        var after = row.ToResponse();
        audit.Record("Trip", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
