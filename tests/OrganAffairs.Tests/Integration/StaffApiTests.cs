using System.Net;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

public abstract class StaffApiTests(ApiFixture fixture)
{
    private const string Url = "/api/v1/organs/staff";
    private HttpClient Client => fixture.Client;

    private async Task<OrganResponse> OrganAsync(string level = "Municipal") =>
        await (await Client.PostJsonAsync("/api/v1/organs", TestData.Organ(level: level, headcount: Array.Empty<object>()))).ReadAsync<OrganResponse>(HttpStatusCode.Created);

    private async Task<(StaffMemberResponse Member, string ETag)> StaffAsync(Guid organId, string rank = "BureauDeputy")
    {
        var response = await Client.PostJsonAsync(Url, new { name = "张三", organId, rankCode = rank, postTitle = "副局长", startedOn = "2020-03-01" });
        return (await response.ReadAsync<StaffMemberResponse>(HttpStatusCode.Created), response.ETag());
    }

    [ProviderFact]
    public async Task Create_and_get_a_staff_member_with_the_primary_post()
    {
        var organ = await OrganAsync();
        var (member, etag) = await StaffAsync(organ.Id);
        Assert.Equal("\"1\"", etag);
        Assert.Equal(StaffStatus.Active, member.Status);
        var post = Assert.Single(member.Posts);
        Assert.True(post.IsPrimary);
        Assert.Equal(organ.Id, post.OrganId);

        var read = await (await Client.GetAsync($"{Url}/{member.Id}")).ReadAsync<StaffMemberResponse>();
        Assert.Equal(member.Name, read.Name);
        var list = await (await Client.GetAsync($"{Url}?organId={organ.Id}")).ReadAsync<PagedResult<StaffMemberResponse>>();
        Assert.Equal(member.Id, Assert.Single(list.Items).Id);
    }

    [ProviderTheory]
    [InlineData("""{"name":"张三","organId":"{organ}","rankCode":"CountyPrincipal","startedOn":"2020-01-01"}""", "rankCode:organs.rank-unknown")]
    [InlineData("""{"name":"张三","organId":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","rankCode":"BureauDeputy","startedOn":"2020-01-01"}""", "organId:organs.organ-ref-not-found")]
    [InlineData("""{"name":"","organId":"{organ}","rankCode":"BureauDeputy","startedOn":"2020-01-01"}""", "name:field.required")]
    [InlineData("""{"name":"张三","organId":"{organ}","rankCode":"BureauDeputy","startedOn":"2020-13-01"}""", "startedOn:request.malformed")]
    [InlineData("""{"name":"张三","organId":"{organ}","rankCode":"BureauDeputy"}""", "startedOn:request.member-missing")]
    [InlineData("""{"name":"张三","organId":"{organ}","rankCode":"BureauDeputy","startedOn":"2020-01-01","status":"Retired"}""", "")]
    public async Task Bad_staff_input_is_400_and_writes_nothing(string body, string fieldError)
    {
        var organ = await OrganAsync();
        var before = await fixture.CountAsync("organs_staff");
        var response = await Client.PostRawAsync(Url, body.Replace("{organ}", organ.Id.ToString()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, fieldError.Contains(":request.member-") ? fieldError.Split(':')[1] : fieldError.Contains("malformed") || fieldError == "" ? "request.malformed" : "request.invalid");
        if (fieldError.Length > 0)
        {
            Assert.Contains(fieldError, problem.FieldErrors());
        }
        Assert.Equal(before, await fixture.CountAsync("organs_staff"));
    }

    [ProviderFact]
    public async Task Update_needs_if_match_and_checks_the_rank()
    {
        var organ = await OrganAsync();
        var (member, etag) = await StaffAsync(organ.Id);
        var update = new { name = "张三丰", rankCode = "BureauPrincipal", postTitle = "局长" };
        await (await Client.PutJsonAsync($"{Url}/{member.Id}", update, null)).ProblemAsync((HttpStatusCode)428, "concurrency.if-match-required");
        var bad = await (await Client.PutJsonAsync($"{Url}/{member.Id}", update with { rankCode = "Nonexistent" }, etag)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("rankCode:organs.rank-unknown", bad.FieldErrors());

        var response = await Client.PutJsonAsync($"{Url}/{member.Id}", update, etag);
        var updated = await response.ReadAsync<StaffMemberResponse>();
        Assert.Equal("BureauPrincipal", updated.RankCode);
        Assert.Equal("局长", Assert.Single(updated.Posts).Title);
        // The rank history (B9's filing reads it): the first rank ended yesterday, the new one from today;
        // a second change on the same day replaces today's rank instead of adding a one-day entry.
        Assert.Equal(2, await fixture.CountAsync("organs_staff_rank", "staff_member_id = @Id", new { member.Id }));
        var again = await (await Client.PutJsonAsync($"{Url}/{member.Id}", update with { rankCode = "BureauDeputy" }, response.Headers.ETag!.Tag)).ReadAsync<StaffMemberResponse>();
        Assert.Equal("BureauDeputy", again.RankCode);
        Assert.Equal(2, await fixture.CountAsync("organs_staff_rank", "staff_member_id = @Id", new { member.Id }));
        Assert.Equal(1, await fixture.CountAsync("organs_staff_rank", "staff_member_id = @Id AND effective_to IS NULL AND rank_code = 'BureauDeputy'", new { member.Id }));
        await (await Client.PutJsonAsync($"{Url}/{member.Id}", update, etag)).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        await (await Client.PutJsonAsync($"{Url}/{Guid.NewGuid()}", update, etag)).ProblemAsync(HttpStatusCode.NotFound, "organs.staff-not-found");
    }

    [ProviderFact]
    public async Task Transfer_moves_the_primary_post_and_records_an_outbox_event()
    {
        var from = await OrganAsync();
        var to = await OrganAsync();
        var (member, _) = await StaffAsync(from.Id);

        await (await Client.PostJsonAsync($"{Url}/{member.Id}/transfer", new { toOrganId = from.Id, effectiveOn = "2026-12-01" })).ProblemAsync(HttpStatusCode.Conflict, "organs.same-organ");
        await (await Client.PostJsonAsync($"{Url}/{member.Id}/transfer", new { toOrganId = to.Id, effectiveOn = "2020-03-01" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var missing = await (await Client.PostJsonAsync($"{Url}/{member.Id}/transfer", new { toOrganId = Guid.NewGuid(), effectiveOn = "2026-12-01" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("toOrganId:organs.organ-ref-not-found", missing.FieldErrors());
        Assert.Equal(0, await fixture.CountAsync("shared_outbox", "payload LIKE @P", new { P = $"%{member.Id}%" }));

        var moved = await (await Client.PostJsonAsync($"{Url}/{member.Id}/transfer", new { toOrganId = to.Id, effectiveOn = "2026-12-01", postTitle = "处长" })).ReadAsync<StaffMemberResponse>();
        Assert.Equal(to.Id, moved.OrganId);
        Assert.Equal(StaffStatus.Active, moved.Status);
        var old = moved.Posts.Single(p => p.OrganId == from.Id);
        Assert.Equal(new DateOnly(2026, 11, 30), old.EndedOn);
        Assert.Null(moved.Posts.Single(p => p.OrganId == to.Id).EndedOn);
        Assert.Equal(1, await fixture.CountAsync("shared_outbox", "type = @T AND payload LIKE @P",
            new { T = typeof(StaffTransferred).FullName, P = $"%{member.Id}%" }));
    }

    [ProviderFact]
    public async Task Retire_ends_every_post_and_a_retired_member_cannot_change()
    {
        var organ = await OrganAsync();
        var other = await OrganAsync();
        var (member, _) = await StaffAsync(organ.Id);
        var withPost = await (await Client.PostJsonAsync($"{Url}/{member.Id}/concurrent-posts", new { organId = other.Id, postTitle = "兼任主任", startedOn = "2024-01-01" })).ReadAsync<StaffMemberResponse>();
        Assert.Equal(2, withPost.Posts.Count);
        await (await Client.PostJsonAsync($"{Url}/{member.Id}/concurrent-posts", new { organId = other.Id, startedOn = "2024-02-01" })).ProblemAsync(HttpStatusCode.Conflict, "organs.concurrent-post-exists");

        var retired = await (await Client.PostJsonAsync($"{Url}/{member.Id}/retire", new { effectiveOn = "2026-12-31" })).ReadAsync<StaffMemberResponse>();
        Assert.Equal(StaffStatus.Retired, retired.Status);
        Assert.All(retired.Posts, p => Assert.Equal(new DateOnly(2026, 12, 30), p.EndedOn));
        Assert.Equal(1, await fixture.CountAsync("shared_outbox", "type = @T AND payload LIKE @P", new { T = typeof(StaffRetired).FullName, P = $"%{member.Id}%" }));
        Assert.Equal(1, await fixture.CountAsync("shared_outbox", "type = @T AND payload LIKE @P", new { T = typeof(ConcurrentPostEnded).FullName, P = $"%{member.Id}%" }));

        await (await Client.PostJsonAsync($"{Url}/{member.Id}/retire", new { effectiveOn = "2027-01-31" })).ProblemAsync(HttpStatusCode.Conflict, "organs.staff-not-active");
        await (await Client.PostJsonAsync($"{Url}/{member.Id}/transfer", new { toOrganId = other.Id, effectiveOn = "2027-01-31" })).ProblemAsync(HttpStatusCode.Conflict, "organs.staff-not-active");
    }

    [ProviderFact]
    public async Task A_concurrent_post_ends_once_and_not_before_it_started()
    {
        var organ = await OrganAsync();
        var other = await OrganAsync();
        var (member, _) = await StaffAsync(organ.Id);
        var withPost = await (await Client.PostJsonAsync($"{Url}/{member.Id}/concurrent-posts", new { organId = other.Id, startedOn = "2024-01-01" })).ReadAsync<StaffMemberResponse>();
        var post = withPost.Posts.Single(p => !p.IsPrimary);
        var primary = withPost.Posts.Single(p => p.IsPrimary);

        await (await Client.PostJsonAsync($"{Url}/{member.Id}/concurrent-posts/{post.Id}/end", new { endedOn = "2023-12-31" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.PostJsonAsync($"{Url}/{member.Id}/concurrent-posts/{primary.Id}/end", new { endedOn = "2025-01-01" })).ProblemAsync(HttpStatusCode.Conflict, "organs.post-is-primary");
        await (await Client.PostJsonAsync($"{Url}/{member.Id}/concurrent-posts/{Guid.NewGuid()}/end", new { endedOn = "2025-01-01" })).ProblemAsync(HttpStatusCode.NotFound, "organs.post-not-found");
        // Boundary: ending on the day it started is allowed.
        var ended = await (await Client.PostJsonAsync($"{Url}/{member.Id}/concurrent-posts/{post.Id}/end", new { endedOn = "2024-01-01" })).ReadAsync<StaffMemberResponse>();
        Assert.Equal(new DateOnly(2024, 1, 1), ended.Posts.Single(p => p.Id == post.Id).EndedOn);
        await (await Client.PostJsonAsync($"{Url}/{member.Id}/concurrent-posts/{post.Id}/end", new { endedOn = "2024-02-01" })).ProblemAsync(HttpStatusCode.Conflict, "organs.post-ended");
        await (await Client.PostJsonAsync($"{Url}/{member.Id}/concurrent-posts", new { organId = organ.Id, startedOn = "2024-02-01" })).ProblemAsync(HttpStatusCode.Conflict, "organs.same-organ");
    }

    [ProviderTheory]
    [InlineData("status=Sleeping", "request.invalid")]
    [InlineData("pageSize=500", "request.invalid")]
    [InlineData("sort=salary", "request.invalid")]
    public async Task Bad_staff_list_parameters_are_400(string query, string code) =>
        await (await Client.GetAsync($"{Url}?{query}")).ProblemAsync(HttpStatusCode.BadRequest, code);

    [ProviderFact]
    public async Task Get_of_an_unknown_staff_member_is_404() =>
        await (await Client.GetAsync($"{Url}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "organs.staff-not-found");
}
