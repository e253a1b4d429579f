using OrganAffairs.Contracts.Common;
using MediatR;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Mediation;

namespace OrganAffairs.Organs.Features;

internal sealed record GetStaffMemberByIdQuery(Guid Id) : IQuery<StaffMemberResponse>;

internal sealed class GetStaffMemberByIdHandler(StaffRepository staff) : IRequestHandler<GetStaffMemberByIdQuery, StaffMemberResponse>
{
    public async Task<StaffMemberResponse> Handle(GetStaffMemberByIdQuery query, CancellationToken ct)
    {
        var row = await staff.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(OrgansErrors.StaffNotFound);
        return StaffMapping.ToResponse(row, await staff.PostsAsync([row.Id], ct));
    }
}
