using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>Get a meeting (Logistics_GetMeeting): the route.</summary>
internal static class GetMeeting
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder meetings) =>
        meetings.MapGet("/{id:guid}", Handle).WithName("Logistics_GetMeeting")
            .WithSummary("Get a meeting with the caps it was checked against and its room booking (会议详情)")
            .WithDescription("With its ETag (the version, for If-Match). Another organ's meeting answers 404 like a missing one.")
            .Produces<MeetingResponse>().Problems(404)
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<Ok<MeetingResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetMeetingQuery(id), ct), m => m.Version);
}

internal sealed record GetMeetingQuery(Guid Id) : IQuery<MeetingResponse>;

internal sealed class GetMeetingHandler(MeetingRepository meetings) : IRequestHandler<GetMeetingQuery, MeetingResponse>
{
    public async Task<MeetingResponse> Handle(GetMeetingQuery query, CancellationToken ct) =>
        (await meetings.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(LogisticsErrors.MeetingNotFound)).ToResponse();
}
