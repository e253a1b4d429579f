using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Reception.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Reception.Features;

/// <summary>Request a vehicle for a reception's transport (Reception_RequestTrip): the route.</summary>
internal static class RequestTrip
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder receptions) =>
        receptions.MapPost("/{id:guid}/trip", Handle).WithName("Reception_RequestTrip")
            .WithSummary("Request a vehicle for an approved reception's transport (接待用车): a Vehicles trip request")
            .WithDescription("Approved receptions only (approve first). Makes a trip request in Vehicles for the hosting organ (status Requested; applicant: the handling department; purpose: the reception's title), in the same transaction, and records its id as `tripId`; Vehicles approves and dispatches it as any other trip. One trip request per reception (409 reception.trip-requested). The trip's window is checked as Vehicles_CreateTrip checks it (same field errors), and must start within the reception's dates (400 reception.trip-outside-dates). Cancelling the reception cancels the trip while it is pending.")
            .Produces<ReceptionResponse>().Problems(400, 404, 409)
            .RequireScope(ReceptionModule.WriteScope);

    private static async Task<Ok<ReceptionResponse>> Handle(Guid id, ReceptionTripRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new RequestTripCommand(id, body), ct), r => r.Version);
}

internal sealed record RequestTripCommand(Guid Id, ReceptionTripRequest Body) : ICommand<ReceptionResponse>;

internal sealed class RequestTripHandler(ReceptionWorkflow workflow, BusinessClock clock, IMediator mediator)
    : IRequestHandler<RequestTripCommand, ReceptionResponse>
{
    public async Task<ReceptionResponse> Handle(RequestTripCommand command, CancellationToken ct)
    {
        var row = await workflow.LoadAsync(command.Id, ReceptionStatus.Approved, [ReceptionStatus.Approved], ct);
        if (row.TripId is not null)
        {
            throw new ProblemException(ReceptionErrors.TripRequested);
        }
        var b = command.Body;
        var day = clock.DateOf(b.StartsAt);
        if (day < row.StartsOn || day > row.EndsOn)
        {
            throw new ProblemException(ReceptionErrors.TripOutsideDates, detail: $"{day:yyyy-MM-dd} ∉ {row.StartsOn:yyyy-MM-dd}…{row.EndsOn:yyyy-MM-dd}");
        }
        var trip = await mediator.Send(new RequestVehicleTrip(new CreateTripRequest(
            row.OrganId, row.HandlingDepartment, $"公务接待：{row.Title}", b.Passengers, b.Origin, b.Destination, b.StartsAt, b.EndsAt)), ct);

        return await workflow.ChangeAsync(row, r => r.TripId = trip.Id, ct);
    }
}
