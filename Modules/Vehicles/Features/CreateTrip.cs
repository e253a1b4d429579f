using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Request a trip (Vehicles_CreateTrip): the route.</summary>
internal static class CreateTrip
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder trips) =>
        trips.MapPost("/", Handle).WithName("Vehicles_CreateTrip")
            .WithSummary("Request a trip (用车申请)")
            .WithDescription("The time window is two UTC instants; the trip starts as Requested. Accepts Idempotency-Key.")
            .Produces<TripResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(VehiclesModule.WriteScope);

    private static async Task<Created<TripResponse>> Handle(CreateTripRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var trip = await mediator.Send(new CreateTripCommand(body), ct);
        return ETags.Created(http, $"{VehiclesEndpoints.Root}/trips/{trip.Id}", trip, t => t.Version);
    }
}

internal sealed record CreateTripCommand(CreateTripRequest Body) : ICommand<TripResponse>;

internal sealed class CreateTripValidator : AbstractValidator<CreateTripCommand>
{
    public CreateTripValidator()
    {
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.Applicant).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.Purpose).NotEmpty().MaximumLength(500);
        RuleFor(c => c.Body.Passengers).InclusiveBetween(1, 79);
        RuleFor(c => c.Body.Origin).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.Destination).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.StartsAt).NotEmpty();
        RuleFor(c => c.Body.EndsAt).Must((c, end) => end > c.Body.StartsAt && end - c.Body.StartsAt <= Data.TripRepository.MaxTripLength)
            .WithErrorCode(VehiclesErrors.TripWindow.Code).WithMessage(_ => VehiclesErrors.TripWindow.Title);
    }
}

internal sealed class CreateTripHandler(TripRepository trips, IMediator mediator, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateTripCommand, TripResponse>
{
    public async Task<TripResponse> Handle(CreateTripCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var organ = await VehicleRules.OrganAsync(mediator, b.OrganId, "organId", ct);
        var now = clock.UtcNow;
        var row = new TripRow
        {
            Id = ids.NewId(), OrganId = organ.Id, Applicant = b.Applicant.Trim(), Purpose = b.Purpose.Trim(), Passengers = b.Passengers,
            Origin = b.Origin.Trim(), Destination = b.Destination.Trim(), StartsAt = b.StartsAt, EndsAt = b.EndsAt,
            Status = TripStatus.Requested, Version = 1, CreatedAt = now, UpdatedAt = now,
        };
        await trips.InsertAsync(row, ct);
        var response = row.ToResponse();
        audit.Record("Trip", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}
