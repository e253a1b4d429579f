using System.Net;
using System.Text.Json;
using Dapper;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

public abstract class OrgansApiTests(ApiFixture fixture)
{
    private const string Url = "/api/v1/organs";
    private HttpClient Client => fixture.Client;

    private async Task<(OrganResponse Organ, string ETag)> CreateAsync(object? body = null)
    {
        var response = await Client.PostJsonAsync(Url, body ?? TestData.Organ());
        var organ = await response.ReadAsync<OrganResponse>(HttpStatusCode.Created);
        return (organ, response.ETag());
    }

    [ProviderFact]
    public async Task Create_returns_201_with_location_and_etag_and_get_returns_the_same()
    {
        var uscc = TestData.Uscc();
        var response = await Client.PostJsonAsync(Url, TestData.Organ(uscc));
        var created = await response.ReadAsync<OrganResponse>(HttpStatusCode.Created);

        Assert.Equal($"{Url}/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", response.ETag());
        Assert.Equal(uscc, created.UnifiedSocialCreditCode);
        Assert.Equal(OrganStatus.Active, created.Status);
        Assert.Equal(2, created.Headcount.Count);

        var get = await Client.GetAsync($"{Url}/{created.Id}");
        var read = await get.ReadAsync<OrganResponse>();
        Assert.Equal("\"1\"", get.ETag());
        Assert.Equal(created with { Headcount = [] }, read with { Headcount = [] });
        Assert.Equal(["BureauDeputy", "BureauPrincipal"], read.Headcount.Select(h => h.RankCode));
        Assert.Equal(created.Headcount, read.Headcount);
    }

    [ProviderFact]
    public async Task An_organ_survives_a_restart()
    {
        var (organ, _) = await CreateAsync();
        using var restarted = fixture.CreateFactory();
        var read = await fixture.ClientFor(restarted).GetAsync($"{Url}/{organ.Id}");
        Assert.Equal(organ.Name, (await read.ReadAsync<OrganResponse>()).Name);
    }

    public static TheoryData<string, string, string> BadCreateBodies => new()
    {
        // body, expected code, expected field error ("field:code", or "" when none)
        { "{ not json", "request.malformed", "" },
        { """{"name": 1, "divisionCode":"320100","unifiedSocialCreditCode":"X","level":"Municipal","type":"Court"}""", "request.malformed", "name:request.malformed" },
        { """{"divisionCode":"320100","unifiedSocialCreditCode":"{uscc}","level":"Municipal","type":"Court"}""", "request.member-missing", "name:request.member-missing" },
        { """{"name":"{long}","divisionCode":"320100","unifiedSocialCreditCode":"{uscc}","level":"Municipal","type":"Court"}""", "request.invalid", "name:field.too-long" },
        { """{"name":"甲","divisionCode":"320100","unifiedSocialCreditCode":"{uscc}","level":"Galactic","type":"Court"}""", "request.invalid", "level:request.enum-invalid" },
        { """{"name":"甲","divisionCode":"320100","unifiedSocialCreditCode":"{uscc}","level":3,"type":"Court"}""", "request.invalid", "level:request.enum-invalid" },
        { """{"name":"甲","divisionCode":"320100","unifiedSocialCreditCode":"{uscc}","level":"municipal","type":"Court"}""", "request.invalid", "level:request.enum-invalid" },
        { """{"name":"甲","divisionCode":"320100","unifiedSocialCreditCode":"{uscc}","type":"Court"}""", "request.member-missing", "level:request.member-missing" },
        { """{"name":"甲","divisionCode":"32010","unifiedSocialCreditCode":"{uscc}","level":"Municipal","type":"Court"}""", "request.invalid", "divisionCode:organs.division-code-invalid" },
        { """{"name":"甲","divisionCode":"320100","unifiedSocialCreditCode":"11320100MB123456IA","level":"Municipal","type":"Court"}""", "request.invalid", "unifiedSocialCreditCode:credit-code.invalid" },
        { """{"name":"甲","divisionCode":"320100","unifiedSocialCreditCode":"{badcheck}","level":"Municipal","type":"Court"}""", "request.invalid", "unifiedSocialCreditCode:credit-code.check-failed" },
        { """{"name":"甲","divisionCode":"320100","unifiedSocialCreditCode":"{uscc}","level":"Municipal","type":"Court","parentId":"3f2504e0-4f89-11d3-9a0c-0305e82c3301"}""", "request.invalid", "parentId:organs.parent-not-found" },
        { """{"name":"甲","divisionCode":"320100","unifiedSocialCreditCode":"{uscc}","level":"Municipal","type":"Court","status":"Dissolved"}""", "request.malformed", "" },
        { """{"name":"甲","divisionCode":"320100","unifiedSocialCreditCode":"{uscc}","level":"Municipal","type":"Court","headcount":[{"rankCode":"CountyPrincipal","approved":1}]}""", "request.invalid", "headcount[0].rankCode:organs.rank-unknown" },
        { """{"name":"甲","divisionCode":"320100","unifiedSocialCreditCode":"{uscc}","level":"Municipal","type":"Court","headcount":[{"rankCode":"BureauDeputy","approved":-1}]}""", "request.invalid", "headcount[0].approved:field.out-of-range" },
    };

    [ProviderTheory]
    [MemberData(nameof(BadCreateBodies))]
    public async Task Bad_create_input_is_a_400_problem_and_writes_nothing(string body, string code, string fieldError)
    {
        var organsBefore = await fixture.CountAsync("organs_organ");
        var auditBefore = await fixture.CountAsync("shared_audit");
        body = body.Replace("{uscc}", TestData.Uscc()).Replace("{badcheck}", TestData.BadCheckUscc()).Replace("{long}", new string('名', 201));

        var problem = await (await Client.PostRawAsync(Url, body)).ProblemAsync(HttpStatusCode.BadRequest, code);

        if (fieldError.Length > 0)
        {
            Assert.Contains(fieldError, problem.FieldErrors());
        }
        Assert.Equal(organsBefore, await fixture.CountAsync("organs_organ"));
        Assert.Equal(auditBefore, await fixture.CountAsync("shared_audit"));
    }

    [ProviderFact]
    public async Task A_pilot_code_failing_the_check_is_accepted_only_with_an_audited_reason()
    {
        var code = TestData.BadCheckUscc();
        var body = new
        {
            name = "试点单位", divisionCode = "350100", unifiedSocialCreditCode = code, level = "Municipal", type = "PublicInstitution",
            usccCheckOverrideReason = "福建早期试点代码，见闽编办〔2014〕1号",
        };
        var organ = await (await Client.PostJsonAsync(Url, body)).ReadAsync<OrganResponse>(HttpStatusCode.Created);

        Assert.True(organ.UsccCheckOverridden);
        await using var connection = fixture.OpenConnection();
        var changes = await connection.QuerySingleAsync<string>(
            "SELECT changes FROM shared_audit WHERE entity_id = @Id", new { organ.Id });
        Assert.Contains("福建早期试点代码", changes);
    }

    [ProviderFact]
    public async Task A_duplicate_credit_code_is_a_409()
    {
        var uscc = TestData.Uscc();
        await CreateAsync(TestData.Organ(uscc));
        await (await Client.PostJsonAsync(Url, TestData.Organ(uscc))).ProblemAsync(HttpStatusCode.Conflict, "organs.uscc-taken");
        Assert.Equal(1, await fixture.CountAsync("organs_organ", "uscc = @Uscc", new { Uscc = uscc }));
    }

    [ProviderFact]
    public async Task Update_needs_if_match_and_refuses_a_stale_one_and_audits_old_and_new()
    {
        var (organ, etag) = await CreateAsync();
        var update = new { name = "市机关事务服务中心", shortName = (string?)null, divisionCode = "320102", level = "Municipal", type = "PublicInstitution", parentId = (Guid?)null, headcount = Array.Empty<object>() };

        await (await Client.PutJsonAsync($"{Url}/{organ.Id}", update, ifMatch: null)).ProblemAsync((HttpStatusCode)428, "concurrency.if-match-required");
        await (await Client.PutJsonAsync($"{Url}/{organ.Id}", update, ifMatch: "\"7\"")).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        await (await Client.PutJsonAsync($"{Url}/{organ.Id}", update, ifMatch: "garbage")).ProblemAsync(HttpStatusCode.BadRequest, "concurrency.if-match-invalid");
        // If-Match compares strongly: a weak tag never matches.
        await (await Client.PutJsonAsync($"{Url}/{organ.Id}", update, ifMatch: "W/" + etag)).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");

        var response = await Client.PutJsonAsync($"{Url}/{organ.Id}", update, etag);
        var updated = await response.ReadAsync<OrganResponse>();
        Assert.Equal("\"2\"", response.ETag());
        Assert.Equal("市机关事务服务中心", updated.Name);
        Assert.Empty(updated.Headcount);

        // The same ETag again is now stale.
        await (await Client.PutJsonAsync($"{Url}/{organ.Id}", update, etag)).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");

        await using var connection = fixture.OpenConnection();
        var audit = (await connection.QueryAsync<(string Action, string Changes)>(
            "SELECT action, changes FROM shared_audit WHERE entity_id = @Id ORDER BY occurred_at", new { organ.Id })).ToList();
        Assert.Equal(["Organs.CreateOrgan", "Organs.UpdateOrgan"], audit.Select(a => a.Action));
        var changes = JsonDocument.Parse(audit[1].Changes).RootElement;
        Assert.Equal(organ.Name, changes.GetProperty("name").GetProperty("old").GetString());
        Assert.Equal("市机关事务服务中心", changes.GetProperty("name").GetProperty("new").GetString());
        Assert.Equal("320100", changes.GetProperty("divisionCode").GetProperty("old").GetString());
        Assert.False(changes.TryGetProperty("level", out _), "unchanged fields are not audited");
    }

    [ProviderFact]
    public async Task If_match_star_matches_any_current_version_and_a_list_matches_any_of_its_tags()
    {
        var (organ, _) = await CreateAsync();
        var update = new { name = "市机关事务服务中心", shortName = (string?)null, divisionCode = "320102", level = "Municipal", type = "PublicInstitution", parentId = (Guid?)null, headcount = Array.Empty<object>() };

        // RFC 9110 §13.1.1: "*" matches any current representation; a list matches when one strong tag does.
        var starred = await Client.PutJsonAsync($"{Url}/{organ.Id}", update, ifMatch: "*");
        await starred.ReadAsync<OrganResponse>();
        Assert.Equal("\"2\"", starred.ETag());
        await (await Client.PutJsonAsync($"{Url}/{organ.Id}", update with { name = "乙" }, ifMatch: "\"5\", W/\"2\"")).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        var listed = await Client.PutJsonAsync($"{Url}/{organ.Id}", update with { name = "乙" }, ifMatch: "\"5\", \"2\"");
        Assert.Equal("乙", (await listed.ReadAsync<OrganResponse>()).Name);
        Assert.Equal("\"3\"", listed.ETag());
        await (await Client.PutJsonAsync($"{Url}/{organ.Id}", update, ifMatch: "\"3\", garbage")).ProblemAsync(HttpStatusCode.BadRequest, "concurrency.if-match-invalid");
        // "*" on an organ that does not exist finds nothing to match: the organ's 404, nothing written.
        await (await Client.PutJsonAsync($"{Url}/{Guid.NewGuid()}", update, ifMatch: "*")).ProblemAsync(HttpStatusCode.NotFound, "organs.organ-not-found");
    }

    [ProviderFact]
    public async Task Text_is_written_as_itself_plus_apostrophe_and_chinese_unescaped()
    {
        var (organ, etag) = await CreateAsync();
        var update = new { name = "O'Brien+市局 <办公室> & 后勤", shortName = (string?)null, divisionCode = "320100", level = "Municipal", type = "PublicInstitution", parentId = (Guid?)null, headcount = Array.Empty<object>() };
        await (await Client.PutJsonAsync($"{Url}/{organ.Id}", update, etag)).ReadAsync<OrganResponse>();

        var text = await (await Client.GetAsync($"{Url}/{organ.Id}")).Content.ReadAsStringAsync();
        Assert.Contains("\"name\":\"O'Brien+市局 <办公室> & 后勤\"", text);
        // A problem body is written with the same encoder.
        var problem = await (await Client.GetAsync($"{Url}/{Guid.NewGuid()}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("\\u", problem);
    }

    [ProviderFact]
    public async Task Update_of_an_unknown_organ_is_404_and_bad_fields_are_400()
    {
        var update = new { name = "", divisionCode = "320100", level = "Municipal", type = "Court" };
        await (await Client.PutJsonAsync($"{Url}/{Guid.NewGuid()}", update with { name = "甲" }, "\"1\"")).ProblemAsync(HttpStatusCode.NotFound, "organs.organ-not-found");
        var (organ, etag) = await CreateAsync();
        var problem = await (await Client.PutJsonAsync($"{Url}/{organ.Id}", update, etag)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("name:field.required", problem.FieldErrors());
        Assert.Equal(organ.Name, (await (await Client.GetAsync($"{Url}/{organ.Id}")).ReadAsync<OrganResponse>()).Name);
    }

    [ProviderFact]
    public async Task A_parent_that_would_make_a_cycle_is_a_409()
    {
        var (top, _) = await CreateAsync();
        var (middle, _) = await CreateAsync(TestData.Organ(parentId: top.Id));
        var (bottom, _) = await CreateAsync(TestData.Organ(parentId: middle.Id));
        var getTop = await Client.GetAsync($"{Url}/{top.Id}");

        var makeTopChildOfBottom = new { name = top.Name, divisionCode = "320100", level = "Municipal", type = "GovernmentDepartment", parentId = bottom.Id };
        await (await Client.PutJsonAsync($"{Url}/{top.Id}", makeTopChildOfBottom, getTop.ETag())).ProblemAsync(HttpStatusCode.Conflict, "organs.hierarchy-cycle");
        var selfParent = makeTopChildOfBottom with { parentId = top.Id };
        await (await Client.PutJsonAsync($"{Url}/{top.Id}", selfParent, getTop.ETag())).ProblemAsync(HttpStatusCode.Conflict, "organs.hierarchy-cycle");

        Assert.Null((await (await Client.GetAsync($"{Url}/{top.Id}")).ReadAsync<OrganResponse>()).ParentId);
    }

    [ProviderFact]
    public async Task Dissolve_keeps_the_organ_and_refuses_twice_and_with_active_children()
    {
        var (parent, _) = await CreateAsync();
        var (child, _) = await CreateAsync(TestData.Organ(parentId: parent.Id));
        var dissolve = new { dissolvedOn = "2026-11-30", reason = "市编委〔2026〕12号" };

        await (await Client.PostJsonAsync($"{Url}/{parent.Id}/dissolve", dissolve)).ProblemAsync(HttpStatusCode.Conflict, "organs.has-active-subordinates");
        var dissolved = await (await Client.PostJsonAsync($"{Url}/{child.Id}/dissolve", dissolve)).ReadAsync<OrganResponse>();
        Assert.Equal(OrganStatus.Dissolved, dissolved.Status);
        Assert.Equal(new DateOnly(2026, 11, 30), dissolved.DissolvedOn);
        await (await Client.PostJsonAsync($"{Url}/{child.Id}/dissolve", dissolve)).ProblemAsync(HttpStatusCode.Conflict, "organs.organ-dissolved");
        await (await Client.PostJsonAsync($"{Url}/{parent.Id}/dissolve", new { dissolvedOn = "2026-11-30", reason = "" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.PostJsonAsync($"{Url}/{Guid.NewGuid()}/dissolve", dissolve)).ProblemAsync(HttpStatusCode.NotFound, "organs.organ-not-found");
        // A dissolved organ cannot become a parent.
        await (await Client.PostJsonAsync(Url, TestData.Organ(parentId: child.Id))).ProblemAsync(HttpStatusCode.Conflict, "organs.parent-dissolved");
        Assert.Equal(1, await fixture.CountAsync("organs_organ", "id = @Id", new { child.Id }));
    }

    [ProviderFact]
    public async Task List_filters_pages_and_sorts()
    {
        var marker = "排序" + Guid.NewGuid().ToString("N")[..8];
        var (parent, _) = await CreateAsync(TestData.Organ(name: marker + "丙"));
        await CreateAsync(TestData.Organ(name: marker + "甲", parentId: parent.Id));
        await CreateAsync(TestData.Organ(name: marker + "乙", parentId: parent.Id));

        var page = await (await Client.GetAsync($"{Url}?q={marker}&pageSize=2&sort=-name")).ReadAsync<PagedResult<OrganResponse>>();
        Assert.Equal(3, page.TotalCount);
        Assert.Equal(2, page.Items.Count);
        // Code-point order on every provider here: 甲 U+7532 > 乙 U+4E59 > 丙 U+4E19.
        Assert.Equal([marker + "甲", marker + "乙"], page.Items.Select(o => o.Name));
        var second = await (await Client.GetAsync($"{Url}?q={marker}&pageSize=2&page=2&sort=-name")).ReadAsync<PagedResult<OrganResponse>>();
        Assert.Single(second.Items);
        Assert.Empty(page.Items.Select(o => o.Id).Intersect(second.Items.Select(o => o.Id)));

        var children = await (await Client.GetAsync($"{Url}?parentId={parent.Id}")).ReadAsync<PagedResult<OrganResponse>>();
        Assert.Equal(2, children.TotalCount);
        var dissolvedOnly = await (await Client.GetAsync($"{Url}?q={marker}&status=Dissolved")).ReadAsync<PagedResult<OrganResponse>>();
        Assert.Equal(0, dissolvedOnly.TotalCount);
    }

    [ProviderTheory]
    [InlineData("pageSize=201", "request.invalid")]
    [InlineData("pageSize=0", "request.invalid")]
    [InlineData("page=0", "request.invalid")]
    [InlineData("sort=secret", "request.invalid")]
    [InlineData("level=Galactic", "request.invalid")]
    [InlineData("level=municipal", "request.invalid")]
    [InlineData("parentId=not-a-guid", "request.parameter-invalid")]
    [InlineData("page=abc", "request.parameter-invalid")]
    [InlineData("level=3", "request.invalid")]
    [InlineData("level=99", "request.invalid")]
    [InlineData("status=1", "request.invalid")]
    public async Task Bad_list_parameters_are_400(string query, string code) =>
        await (await Client.GetAsync($"{Url}?{query}")).ProblemAsync(HttpStatusCode.BadRequest, code);

    [ProviderFact]
    public async Task Get_of_an_unknown_organ_is_a_404_problem() =>
        await (await Client.GetAsync($"{Url}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "organs.organ-not-found");

    [ProviderFact]
    public async Task Idempotency_key_replays_the_first_response_and_refuses_another_body()
    {
        var key = "create-" + Guid.NewGuid();
        var body = TestData.Organ();
        var first = await Client.PostJsonAsync(Url, body, key);
        var created = await first.ReadAsync<OrganResponse>(HttpStatusCode.Created);

        var replay = await Client.PostJsonAsync(Url, body, key);
        var replayed = await replay.ReadAsync<OrganResponse>(HttpStatusCode.Created);
        Assert.Equal(created.Id, replayed.Id);
        Assert.Equal(first.Headers.Location, replay.Headers.Location);
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, await fixture.CountAsync("organs_organ", "id = @Id", new { created.Id }));

        await (await Client.PostJsonAsync(Url, TestData.Organ(), key)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "idempotency.key-reused");
        await (await Client.PostJsonAsync(Url, body, new string('k', 101))).ProblemAsync(HttpStatusCode.BadRequest, "idempotency.key-invalid");
    }

    [ProviderFact]
    public async Task An_idempotency_key_still_leased_is_409_until_its_lease_ends()
    {
        var key = "running-" + Guid.NewGuid();
        var body = TestData.Organ();
        await (await Client.PostJsonAsync(Url, body, key)).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        await using var connection = fixture.OpenConnection();

        // As if the first attempt were still running: its lease lasts the endpoint's time limit.
        await connection.ExecuteAsync("UPDATE shared_idempotency_key SET completed_at = NULL, lease_until = @Until WHERE idempotency_key = @Key",
            new { Until = DateTimeOffset.UtcNow.AddSeconds(30), Key = key });
        await (await Client.PostJsonAsync(Url, body, key)).ProblemAsync(HttpStatusCode.Conflict, "idempotency.in-progress");

        // As if it had died without releasing the key: once the lease is over the request runs again.
        await connection.ExecuteAsync("UPDATE shared_idempotency_key SET lease_until = @Then WHERE idempotency_key = @Key",
            new { Then = DateTimeOffset.UtcNow.AddSeconds(-1), Key = key });
        await (await Client.PostJsonAsync(Url, body, key)).ProblemAsync(HttpStatusCode.Conflict, "organs.uscc-taken");
    }
}
