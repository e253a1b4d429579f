using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>Cancel a meeting and its room booking (Logistics_CancelMeeting): the route.</summary>
internal static class CancelMeeting
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder meetings) =>
        meetings.MapPost("/{id:guid}/cancel", Handle).WithName("Logistics_CancelMeeting")
            .WithSummary("Cancel a meeting, with the reason; its room booking is cancelled (取消会议)")
            .WithDescription("Registered → Cancelled; the meeting stays on record. A settled meeting was held and is not cancelled (409 logistics.meeting-state). The room's booking in Buildings is cancelled in the same transaction while it holds its slot (Pending or Approved), the reason as its note; one Buildings already rejected or cancelled is left as it is. If-Match required.")
            .Produces<MeetingResponse>().UpdateProblems()
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Ok<MeetingResponse>> Handle(Guid id, MeetingReasonRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new CancelMeetingCommand(id, ETags.RequireIfMatch(http), body.Reason), ct), m => m.Version);
}

internal sealed record CancelMeetingCommand(Guid Id, IfMatch IfMatch, string Reason) : ICommand<MeetingResponse>;

internal sealed class CancelMeetingValidator : AbstractValidator<CancelMeetingCommand>
{
    public CancelMeetingValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
}

internal sealed class CancelMeetingHandler(MeetingRepository meetings, IMediator mediator, AuditTrail audit, BusinessClock clock) : IRequestHandler<CancelMeetingCommand, MeetingResponse>
{
    public async Task<MeetingResponse> Handle(CancelMeetingCommand command, CancellationToken ct)
    {
        var row = await meetings.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(LogisticsErrors.MeetingNotFound);
        var expected = command.IfMatch.Against(row.Version);
        if (row.Status != MeetingStatus.Registered || row.SettledCostFen is not null)
        {
            throw new ProblemException(LogisticsErrors.MeetingState, detail: $"{row.Status} → {MeetingStatus.Cancelled}");
        }
        var before = row.ToResponse();
        row.Status = MeetingStatus.Cancelled;
        row.Reason = command.Reason.Trim();
        row.Version = expected + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await meetings.UpdateStatusAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        await mediator.Send(new CancelMeetingRoomBooking(row.BookingId, row.Reason), ct);
        var after = row.ToResponse();
        audit.Record("Meeting", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
