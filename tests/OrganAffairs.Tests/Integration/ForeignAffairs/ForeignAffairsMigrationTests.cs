using System.Data;
using System.Net;
using System.Reflection;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.ForeignAffairs.Migrations;
using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.ForeignAffairs;

/// <summary>
/// Migration 4's data step (CopyJsonMembers): members a visit row held as JSON before migration 4 become member rows, in order, and
/// the visit's JSON is emptied; the visit still answers the same members through HTTP. The database is put back into the state the
/// step meets (members as JSON, no member rows), and the step runs on a connection of the Host's factory, so the SQL Server text run
/// records its SQL too.
/// </summary>
public abstract class ForeignAffairsMigrationTests(ApiFixture fixture)
{
    private const string Root = "/api/v1/foreign-affairs";
    private HttpClient Client => fixture.Client;

    private static void CopyJsonMembers(IDbConnection connection, IDbTransaction transaction) =>
        typeof(M0004_Members).GetMethod("CopyJsonMembers", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, [connection, transaction]);

    [ProviderFact]
    public async Task Members_a_visit_held_as_json_before_migration_4_survive_it_as_rows_in_order()
    {
        var organ = await (await Client.PostJsonAsync("/api/v1/organs", new
        {
            name = "市外事办公室", divisionCode = "360100", unifiedSocialCreditCode = TestData.Uscc("360100"), level = "Municipal", type = "GovernmentDepartment",
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        var staff = new List<StaffMemberResponse>();
        foreach (var name in new[] { "张团长", "李团员", "王翻译" })
        {
            staff.Add(await (await Client.PostJsonAsync("/api/v1/organs/staff", new { organId = organ.Id, name, rankCode = "BelowBureau", startedOn = "2020-01-01" }))
                .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created));
        }
        var members = new[] { (staff[0].Id, "Leader", "处长"), (staff[1].Id, "Member", (string?)null), (staff[2].Id, "Interpreter", "翻译") };
        var visit = await (await Client.PostJsonAsync(Root, new
        {
            organId = organ.Id,
            visit = new
            {
                purpose = "友好城市交流", delegationType = "General", departsOn = "2027-04-01", returnsOn = "2027-04-04",
                members = members.Select(m => new { staffMemberId = m.Item1, role = m.Item2, post = m.Item3 }).ToList(),
                itinerary = new[] { new { country = "DE", arrivesOn = "2027-04-01", leavesOn = "2027-04-04", transit = false, airsideOnly = false } },
                schedule = new[] { new { on = "2027-04-02", description = "会谈", official = true } },
                budget = 30_000m,
            },
        })).ReadAsync<VisitResponse>(HttpStatusCode.Created);
        var untouched = await (await Client.PostJsonAsync(Root, new
        {
            organId = organ.Id,
            visit = new
            {
                purpose = "考察", delegationType = "General", departsOn = "2027-05-01", returnsOn = "2027-05-02",
                members = new[] { new { staffMemberId = staff[0].Id, role = "Leader", post = "处长" } },
                itinerary = new[] { new { country = "AT", arrivesOn = "2027-05-01", leavesOn = "2027-05-02", transit = false, airsideOnly = false } },
                schedule = Array.Empty<object>(),
            },
        })).ReadAsync<VisitResponse>(HttpStatusCode.Created);

        // Before migration 4: the visit row holds its members as JSON (the shape of migration 1) and no member row exists for it.
        var json = JsonSerializer.Serialize(members.Select(m => new { staffMemberId = m.Item1, role = m.Item2, post = m.Item3 }), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        await using (var setup = fixture.OpenConnection())
        {
            await setup.ExecuteAsync("DELETE FROM foreign_affairs_member WHERE visit_id = @Id", new { visit.Id });
            await setup.ExecuteAsync("UPDATE foreign_affairs_visit SET members = @Json WHERE id = @Id", new { Json = json, visit.Id });
        }
        Assert.Equal(0, await fixture.CountAsync("foreign_affairs_member", "visit_id = @Id", new { visit.Id }));

        await using (var connection = fixture.Factory.Services.GetRequiredService<ConnectionFactory>().Create())
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            CopyJsonMembers(connection, transaction);
            await transaction.CommitAsync();
        }

        // The rows, in order, with role and post; the JSON column emptied; the other visit's row left as it was.
        await using (var check = fixture.OpenConnection())
        {
            var rows = (await check.QueryAsync<(Guid StaffMemberId, int Position, string Role, string? Post)>(
                "SELECT staff_member_id, position, role, post FROM foreign_affairs_member WHERE visit_id = @Id ORDER BY position", new { visit.Id })).ToList();
            Assert.Equal(members.Select((m, i) => (m.Item1, i, m.Item2, m.Item3)), rows);
            Assert.Equal("[]", await check.ExecuteScalarAsync<string>("SELECT members FROM foreign_affairs_visit WHERE id = @Id", new { visit.Id }));
        }
        Assert.Equal(1, await fixture.CountAsync("foreign_affairs_member", "visit_id = @Id", new { untouched.Id }));

        // Through HTTP: the same members, in order; the member list answers the staff records' names for the copied rows.
        var read = await (await Client.GetAsync($"{Root}/{visit.Id}")).ReadAsync<VisitResponse>();
        Assert.Equal(visit.Visit.Members.Select(m => (m.StaffMemberId, m.Role, m.Post)), read.Visit.Members.Select(m => (m.StaffMemberId, m.Role, m.Post)));
        Assert.Equal((visit.Visit.Purpose, visit.Version), (read.Visit.Purpose, read.Version));
        var listed = await (await Client.GetAsync($"{Root}/{visit.Id}/members")).ReadAsync<List<VisitMemberRecord>>();
        Assert.Equal(["张团长", "李团员", "王翻译"], listed.Select(m => m.Name));
    }
}
