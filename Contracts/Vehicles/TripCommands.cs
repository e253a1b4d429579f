using MediatR;

namespace OrganAffairs.Contracts.Vehicles;

/// <summary>
/// Another module's trip request (用车申请), e.g. the transport of a reception: exactly what POST /api/v1/vehicles/trips
/// does — the same validation (400 field errors with the same member names), organ check and Requested status — inside
/// the sender's transaction. Answers the trip; the sender keeps its id.
/// </summary>
public sealed record RequestVehicleTrip(CreateTripRequest Trip) : IRequest<TripResponse>;

/// <summary>
/// Cancels a trip another module requested, if it is still pending (Requested, Approved or Dispatched: what
/// POST /api/v1/vehicles/trips/{id}/cancel accepts), with the reason; a trip already started, completed, rejected or
/// cancelled is left as it is. Answers the trip's status afterwards, or null when the trip does not exist or the
/// caller may not see it.
/// </summary>
/// <param name="TripId">The trip.</param>
/// <param name="Reason">Why, at most 500 characters.</param>
public sealed record CancelVehicleTrip(Guid TripId, string Reason) : IRequest<TripStatus?>;
