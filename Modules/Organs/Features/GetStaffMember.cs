using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Organs.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Organs.Features;

/// <summary>Get staff member (Organs_GetStaffMember): the route.</summary>
internal static class GetStaffMember
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder staff) =>
        staff.MapGet("/{id:guid}", Handle).WithName("Organs_GetStaffMember")
            .WithSummary("Get a staff member with their posts, with its ETag (工作人员详情)")
            .WithDescription("Posts include the primary post and concurrent posts, open and ended.")
            .Produces<StaffMemberResponse>().Problems(404)
            .RequireScope(OrgansModule.ReadScope);

    private static async Task<Ok<StaffMemberResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetStaffMemberByIdQuery(id), ct), s => s.Version);
}

internal sealed record GetStaffMemberByIdQuery(Guid Id) : IQuery<StaffMemberResponse>;

internal sealed class GetStaffMemberByIdHandler(StaffRepository staff) : IRequestHandler<GetStaffMemberByIdQuery, StaffMemberResponse>
{
    public async Task<StaffMemberResponse> Handle(GetStaffMemberByIdQuery query, CancellationToken ct)
    {
        var row = await staff.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(OrgansErrors.StaffNotFound);
        return StaffMapping.ToResponse(row, await staff.PostsAsync([row.Id], ct));
    }
}
