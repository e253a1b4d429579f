using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Organs.Features;

namespace OrganAffairs.Organs;

/// <summary>The Organs module's index: one line per operation, in the contract's order; each route is in its feature file.</summary>
internal static class OrgansEndpoints
{
    internal const string Root = "/api/v1/organs";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var organs = app.MapGroup(Root).WithTags(OrgansModule.OrgansTag);
        CreateOrgan.Map(organs);
        GetOrgan.Map(organs);
        ListOrgans.Map(organs);
        UpdateOrgan.Map(organs);
        DissolveOrgan.Map(organs);

        var staff = app.MapGroup(Root + "/staff").WithTags(OrgansModule.StaffTag);
        CreateStaffMember.Map(staff);
        GetStaffMember.Map(staff);
        ListStaffMembers.Map(staff);
        UpdateStaffMember.Map(staff);
        TransferStaffMember.Map(staff);
        RetireStaffMember.Map(staff);
        AddConcurrentPost.Map(staff);
        EndConcurrentPost.Map(staff);

        var ranks = app.MapGroup(Root + "/ranks").WithTags(OrgansModule.RanksTag);
        ListRanks.Map(ranks);
        CreateRankVersion.Map(ranks);
        return app;
    }
}
