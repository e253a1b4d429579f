using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Features;

namespace OrganAffairs.Buildings;

/// <summary>The Buildings module's index: one line per operation, in the contract's order; each route is in its feature file.</summary>
internal static class BuildingsEndpoints
{
    internal const string Root = "/api/v1/buildings";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var buildings = app.MapGroup(Root).WithTags(BuildingsModule.SpaceTag);
        CreateBuilding.Map(buildings);
        GetBuilding.Map(buildings);
        ListBuildings.Map(buildings);
        RetireBuilding.Map(buildings);
        CreateFloor.Map(buildings);
        ListFloors.Map(buildings);

        var rooms = app.MapGroup(Root + "/rooms").WithTags(BuildingsModule.SpaceTag);
        CreateRoom.Map(rooms);
        GetRoom.Map(rooms);
        ListRooms.Map(rooms);
        UpdateRoom.Map(rooms);
        RetireRoom.Map(rooms);
        GetAvailability.Map(rooms);
        GetRoomCalendar.Map(rooms);

        var bookings = app.MapGroup(Root + "/bookings").WithTags(BuildingsModule.BookingsTag);
        CreateBooking.Map(bookings);
        CreateBookingSeries.Map(bookings);
        GetBooking.Map(bookings);
        ListBookings.Map(bookings);
        ApproveBooking.Map(bookings);
        RejectBooking.Map(bookings);
        CancelBooking.Map(bookings);

        var allocations = app.MapGroup(Root + "/allocations").WithTags(BuildingsModule.AllocationsTag);
        CreateAllocation.Map(allocations);
        GetAllocation.Map(allocations);
        ListAllocations.Map(allocations);
        ReleaseAllocation.Map(allocations);
        var uses = app.MapGroup(Root + "/room-uses").WithTags(BuildingsModule.AllocationsTag);
        CreateRoomUse.Map(uses);
        ListRoomUses.Map(uses);

        var areas = app.MapGroup(Root + "/approved-areas").WithTags(BuildingsModule.AllocationsTag);
        SetApprovedArea.Map(areas);
        GetOrganAreaSummary.Map(app);
        ListOverStandardOrgans.Map(app);

        var assignments = app.MapGroup(Root + "/assignments").WithTags(BuildingsModule.OfficesTag);
        CreateAssignment.Map(assignments);
        GetAssignment.Map(assignments);
        ListAssignments.Map(assignments);
        ReleaseAssignment.Map(assignments);

        var standards = app.MapGroup(Root + "/office-standards").WithTags(BuildingsModule.OfficesTag);
        ListOfficeStandards.Map(standards);
        CreateOfficeStandard.Map(standards);
        var counts = app.MapGroup(Root + "/office-count-rules").WithTags(BuildingsModule.OfficesTag);
        ListOfficeCountRules.Map(counts);
        CreateOfficeCountRule.Map(counts);
        ListStaffOfficeFindings.Map(app);

        var recovery = app.MapGroup(Root + "/recovery-cases").WithTags(BuildingsModule.RecoveryTag);
        ListRecoveryCases.Map(recovery);
        GetRecoveryCase.Map(recovery);
        var deadlines = app.MapGroup(Root + "/deadline-rules").WithTags(BuildingsModule.RecoveryTag);
        ListDeadlineRules.Map(deadlines);
        CreateDeadlineRule.Map(deadlines);

        var reports = app.MapGroup(Root + "/reports").WithTags(BuildingsModule.ReportsTag);
        GetOrganAreasReport.Map(reports);
        GetPublicationReport.Map(reports);
        GetLeaderOfficesReport.Map(reports);
        GetVacantRoomsReport.Map(reports);
        var submissions = app.MapGroup(Root + "/annual-submissions").WithTags(BuildingsModule.ReportsTag);
        SubmitAnnualReport.Map(submissions);
        ListAnnualSubmissions.Map(submissions);
        return app;
    }
}
