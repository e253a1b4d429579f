using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

public abstract class SecurityTests(ApiFixture fixture)
{
    private const string Keys = "/api/v1/access/api-keys";
    private HttpClient Admin => fixture.Client;

    private async Task<OrganResponse> OrganAsync() =>
        await (await Admin.PostJsonAsync("/api/v1/organs", TestData.Organ())).ReadAsync<OrganResponse>(HttpStatusCode.Created);

    private async Task<IssuedApiKeyResponse> KeyAsync(Guid organId, params string[] scopes) =>
        await (await Admin.PostJsonAsync(Keys, new { name = "测试系统", organId, scopes })).ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);

    private HttpClient ClientWith(string key) => fixture.ClientFor(fixture.Factory, key);

    private HttpClient ClientWithToken(string token)
    {
        var client = fixture.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The operations that are public on purpose, like the document: nothing else may be.</summary>
    private static readonly HashSet<string> PublicOperations = ["get /api/v1/problems"];

    [ProviderFact]
    public async Task Every_documented_operation_answers_401_without_credentials()
    {
        var anonymous = fixture.AnonymousClient();
        using var document = JsonDocument.Parse(await anonymous.GetStringAsync("/swagger/v1/swagger.json"));
        var checkedOperations = 0;
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            var url = System.Text.RegularExpressions.Regex.Replace(path.Name, "{[^}]+}", Guid.NewGuid().ToString());
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (PublicOperations.Contains($"{operation.Name} {path.Name}"))
                {
                    Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(path.Name)).StatusCode);
                    continue;
                }
                var request = Http.Request(new HttpMethod(operation.Name.ToUpperInvariant()), url, operation.Name is "post" or "put" ? "{}" : null);
                var response = await anonymous.SendAsync(request);
                await response.ProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
                checkedOperations++;
            }
        }
        Assert.True(checkedOperations >= 20, $"only {checkedOperations} operations found");
        // The public parts stay public.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/swagger/index.html")).StatusCode);
    }

    [ProviderFact]
    public async Task The_contract_declares_both_schemes_on_every_operation()
    {
        using var document = JsonDocument.Parse(await fixture.AnonymousClient().GetStringAsync("/swagger/v1/swagger.json"));
        var schemes = document.RootElement.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("apiKey", schemes.GetProperty("ApiKey").GetProperty("type").GetString());
        Assert.Equal("bearer", schemes.GetProperty("Bearer").GetProperty("scheme").GetString());
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (PublicOperations.Contains($"{operation.Name} {path.Name}"))
                {
                    Assert.Empty(operation.Value.GetProperty("security").EnumerateArray());
                    continue;
                }
                var names = operation.Value.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).ToList();
                Assert.True(names.Contains("ApiKey") && names.Contains("Bearer"), $"{operation.Name} {path.Name}");
                Assert.True(operation.Value.GetProperty("responses").TryGetProperty("401", out _), $"{operation.Name} {path.Name} lacks 401");
            }
        }
    }

    [ProviderFact]
    public async Task A_missing_scope_is_403()
    {
        var reader = ClientWith((await KeyAsync(fixture.BureauOrganId, "organs.read")).Key);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/v1/organs")).StatusCode);
        await (await reader.PostJsonAsync("/api/v1/organs", TestData.Organ())).ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await reader.GetAsync(Keys)).ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await reader.GetAsync("/api/v1/audit")).ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await reader.PostJsonAsync("/api/v1/organs/ranks", new { })).ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [ProviderFact]
    public async Task An_ordinary_organ_sees_only_its_own_records_and_gets_404_for_others()
    {
        var mine = await OrganAsync();
        var other = await OrganAsync();
        var otherStaff = await (await Admin.PostJsonAsync("/api/v1/organs/staff", new { name = "钱七", organId = other.Id, rankCode = "BelowBureau", startedOn = "2024-01-01" }))
            .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created);
        var myStaff = await (await Admin.PostJsonAsync("/api/v1/organs/staff", new { name = "孙八", organId = mine.Id, rankCode = "BelowBureau", startedOn = "2024-01-01" }))
            .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created);
        var client = ClientWith((await KeyAsync(mine.Id, "organs.read", "organs.write")).Key);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/organs/{mine.Id}")).StatusCode);
        await (await client.GetAsync($"/api/v1/organs/{other.Id}")).ProblemAsync(HttpStatusCode.NotFound, "organs.organ-not-found");
        await (await client.PutJsonAsync($"/api/v1/organs/{other.Id}", new { name = "甲", divisionCode = "320100", level = "Municipal", type = "Court" }, "\"1\""))
            .ProblemAsync(HttpStatusCode.NotFound, "organs.organ-not-found");
        await (await client.GetAsync($"/api/v1/organs/staff/{otherStaff.Id}")).ProblemAsync(HttpStatusCode.NotFound, "organs.staff-not-found");
        await (await client.PostJsonAsync($"/api/v1/organs/staff/{otherStaff.Id}/retire", new { effectiveOn = "2026-12-31" })).ProblemAsync(HttpStatusCode.NotFound, "organs.staff-not-found");
        await (await client.PutJsonAsync($"/api/v1/organs/staff/{otherStaff.Id}", new { name = "x", rankCode = "BelowBureau" }, "\"1\"")).ProblemAsync(HttpStatusCode.NotFound, "organs.staff-not-found");

        var organs = await (await client.GetAsync("/api/v1/organs?pageSize=200")).ReadAsync<PagedResult<OrganResponse>>();
        Assert.Equal(mine.Id, Assert.Single(organs.Items).Id);
        var staff = await (await client.GetAsync($"/api/v1/organs/staff?pageSize=200&organId={other.Id}")).ReadAsync<PagedResult<StaffMemberResponse>>();
        Assert.Empty(staff.Items);
        var own = await (await client.GetAsync("/api/v1/organs/staff?pageSize=200")).ReadAsync<PagedResult<StaffMemberResponse>>();
        Assert.Equal(myStaff.Id, Assert.Single(own.Items).Id);

        // Referring to an invisible organ is the same 400 as referring to a missing one.
        var problem = await (await client.PostJsonAsync("/api/v1/organs/staff", new { name = "王五", organId = other.Id, rankCode = "BelowBureau", startedOn = "2024-01-01" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("organId:organs.organ-ref-not-found", problem.FieldErrors());
        // Registering organs is the bureau's own work.
        await (await client.PostJsonAsync("/api/v1/organs", TestData.Organ())).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
    }

    [ProviderFact]
    public async Task Revoked_expired_and_rotated_keys_stop_working()
    {
        var issued = await KeyAsync(fixture.BureauOrganId, "organs.read");
        var client = ClientWith(issued.Key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/organs")).StatusCode);

        var rotated = await (await Admin.PostAsync($"{Keys}/{issued.ApiKey.Id}/rotate", null)).ReadAsync<IssuedApiKeyResponse>();
        await (await client.GetAsync("/api/v1/organs")).ProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
        var fresh = ClientWith(rotated.Key);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/v1/organs")).StatusCode);

        var revoked = await (await Admin.PostAsync($"{Keys}/{issued.ApiKey.Id}/revoke", null)).ReadAsync<ApiKeyResponse>();
        Assert.NotNull(revoked.RevokedAt);
        await (await fresh.GetAsync("/api/v1/organs")).ProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
        await (await Admin.PostAsync($"{Keys}/{issued.ApiKey.Id}/revoke", null)).ProblemAsync(HttpStatusCode.Conflict, "access.api-key-revoked");

        // Expiry is checked on every request, also while the key's row is cached.
        var expiresAt = DateTimeOffset.UtcNow.AddSeconds(2);
        var expiring = await (await Admin.PostJsonAsync(Keys, new { name = "短期", organId = fixture.BureauOrganId, scopes = new[] { "organs.read" }, expiresAt }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        var soon = ClientWith(expiring.Key);
        Assert.Equal(HttpStatusCode.OK, (await soon.GetAsync("/api/v1/organs")).StatusCode);
        await Task.Delay(expiresAt - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(200));
        await (await soon.GetAsync("/api/v1/organs")).ProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
        // Another instance reads the row itself: a key expired in the database fails there at once.
        var cached = await KeyAsync(fixture.BureauOrganId, "organs.read");
        Assert.Equal(HttpStatusCode.OK, (await ClientWith(cached.Key).GetAsync("/api/v1/organs")).StatusCode);
        await using (var connection = fixture.OpenConnection())
        {
            await connection.ExecuteAsync("UPDATE access_api_key SET expires_at = @Past WHERE id = @Id", new { Past = DateTimeOffset.UtcNow.AddSeconds(-1), cached.ApiKey.Id });
        }
        await (await fixture.ClientFor(fixture.CreateFactory(), cached.Key).GetAsync("/api/v1/organs")).ProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
        await (await ClientWith(expiring.Key[..^2] + "xx").GetAsync("/api/v1/organs")).ProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [ProviderFact]
    public async Task Keys_are_stored_as_hashes_and_never_listed()
    {
        var issued = await KeyAsync(fixture.BureauOrganId, "organs.read", "organs.write");
        Assert.StartsWith("oa_", issued.Key);
        var listed = await (await Admin.GetAsync($"{Keys}?pageSize=200")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(issued.Key, listed);
        Assert.Contains(issued.ApiKey.Id.ToString(), listed);
        await using var connection = fixture.OpenConnection();
        var stored = await connection.QuerySingleAsync<string>("SELECT key_hash FROM access_api_key WHERE id = @Id", new { issued.ApiKey.Id });
        Assert.NotEqual(issued.Key, stored);
        Assert.Equal(64, stored.Length);
        var audit = await (await Admin.GetAsync($"/api/v1/audit?entityId={issued.ApiKey.Id}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(issued.Key, audit);
        Assert.DoesNotContain(stored, audit);
    }

    [ProviderTheory]
    [InlineData("""{"name":"","organId":"{bureau}","scopes":["organs.read"]}""", "name:field.required")]
    [InlineData("""{"name":"x","organId":"{bureau}","scopes":["organs.delete"]}""", "scopes[0]:access.scope-unknown")]
    [InlineData("""{"name":"x","organId":"{bureau}","scopes":[]}""", "scopes:field.required")]
    [InlineData("""{"name":"x","organId":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","scopes":["organs.read"]}""", "organId:access.organ-not-found")]
    [InlineData("""{"name":"x","organId":"{bureau}","scopes":["organs.read"],"expiresAt":"2020-01-01T00:00:00Z"}""", "expiresAt:access.expiry-in-past")]
    public async Task Bad_api_key_requests_are_400_and_create_nothing(string body, string fieldError)
    {
        var before = await fixture.CountAsync("access_api_key");
        var problem = await (await Admin.PostRawAsync(Keys, body.Replace("{bureau}", fixture.BureauOrganId.ToString()))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains(fieldError, problem.FieldErrors());
        Assert.Equal(before, await fixture.CountAsync("access_api_key"));
        await (await Admin.GetAsync($"{Keys}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "access.api-key-not-found");
    }

    [ProviderTheory]
    [InlineData("/api/v1/access/api-keys?pageSize=0", "request.invalid")]
    [InlineData("/api/v1/access/api-keys?pageSize=201", "request.invalid")]
    [InlineData("/api/v1/access/api-keys?organId=not-a-guid", "request.parameter-invalid")]
    [InlineData("/api/v1/access/api-keys?includeRevoked=perhaps", "request.parameter-invalid")]
    [InlineData("/api/v1/audit?pageSize=201", "request.invalid")]
    [InlineData("/api/v1/audit?entityId=not-a-guid", "request.parameter-invalid")]
    [InlineData("/api/v1/audit?from=yesterday", "request.parameter-invalid")]
    public async Task Bad_key_and_audit_list_parameters_are_400(string url, string code) =>
        await (await Admin.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest, code);

    [ProviderFact]
    public async Task Revoking_or_rotating_an_unknown_or_other_organs_key_is_404()
    {
        await (await Admin.PostAsync($"{Keys}/{Guid.NewGuid()}/revoke", null)).ProblemAsync(HttpStatusCode.NotFound, "access.api-key-not-found");
        await (await Admin.PostAsync($"{Keys}/{Guid.NewGuid()}/rotate", null)).ProblemAsync(HttpStatusCode.NotFound, "access.api-key-not-found");
        var mine = await OrganAsync();
        var organAdmin = ClientWith((await KeyAsync(mine.Id, "admin")).Key);
        var bureauKey = await KeyAsync(fixture.BureauOrganId, "organs.read");
        await (await organAdmin.GetAsync($"{Keys}/{bureauKey.ApiKey.Id}")).ProblemAsync(HttpStatusCode.NotFound, "access.api-key-not-found");
        await (await organAdmin.PostAsync($"{Keys}/{bureauKey.ApiKey.Id}/revoke", null)).ProblemAsync(HttpStatusCode.NotFound, "access.api-key-not-found");
        var listed = await (await organAdmin.GetAsync($"{Keys}?pageSize=200")).ReadAsync<PagedResult<ApiKeyResponse>>();
        Assert.All(listed.Items, k => Assert.Equal(mine.Id, k.OrganId));
    }

    [ProviderFact]
    public async Task Bearer_tokens_are_checked_for_signature_issuer_and_expiry()
    {
        var organ = await OrganAsync();
        var good = TestJwt.Token(organ.Id, "organs.read");
        var list = await (await ClientWithToken(good).GetAsync("/api/v1/organs?pageSize=200")).ReadAsync<PagedResult<OrganResponse>>();
        Assert.Equal(organ.Id, Assert.Single(list.Items).Id);
        await (await ClientWithToken(good).PostJsonAsync("/api/v1/organs", TestData.Organ())).ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");

        var parts = good.Split('.');
        var tamperedPayload = parts[1][..^2] + (parts[1][^2] == 'A' ? "B" : "A") + parts[1][^1];
        await (await ClientWithToken($"{parts[0]}.{tamperedPayload}.{parts[2]}").GetAsync("/api/v1/organs")).ProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
        await (await ClientWithToken(TestJwt.Token(organ.Id, "organs.read", expires: DateTime.UtcNow.AddMinutes(-2))).GetAsync("/api/v1/organs"))
            .ProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
        using var stranger = RSA.Create(2048);
        await (await ClientWithToken(TestJwt.Token(organ.Id, "organs.read", signWith: stranger)).GetAsync("/api/v1/organs")).ProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
        await (await ClientWithToken(TestJwt.Token(organ.Id, "organs.read", issuer: "https://evil.test")).GetAsync("/api/v1/organs")).ProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [ProviderFact]
    public async Task Every_change_is_audited_with_who_and_old_and_new_values_and_rejected_ones_are_not()
    {
        var issued = await KeyAsync(fixture.BureauOrganId, "organs.read", "organs.write");
        var client = ClientWith(issued.Key);
        var created = await client.PostJsonAsync("/api/v1/organs", TestData.Organ(name: "审计前"));
        var organ = await created.ReadAsync<OrganResponse>(HttpStatusCode.Created);
        var update = new { name = "审计后", divisionCode = "320100", level = "Municipal", type = "GovernmentDepartment" };
        await (await client.PutJsonAsync($"/api/v1/organs/{organ.Id}", update, created.ETag())).ReadAsync<OrganResponse>();
        await (await client.PutJsonAsync($"/api/v1/organs/{organ.Id}", update with { name = "被拒绝" }, created.ETag())).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        await (await client.PostJsonAsync($"/api/v1/organs/{organ.Id}/dissolve", new { dissolvedOn = "2026-12-31", reason = "合并" })).ReadAsync<OrganResponse>();

        var entries = await (await Admin.GetAsync($"/api/v1/audit?entityId={organ.Id}")).ReadAsync<PagedResult<JsonElement>>();
        Assert.Equal(["Organs.DissolveOrgan", "Organs.UpdateOrgan", "Organs.CreateOrgan"], entries.Items.Select(e => e.GetProperty("action").GetString()));
        Assert.All(entries.Items, e =>
        {
            Assert.Equal($"ApiKey:{issued.ApiKey.Id}", e.GetProperty("principal").GetString());
            Assert.Equal("测试系统", e.GetProperty("client").GetString());
            Assert.Equal(fixture.BureauOrganId, e.GetProperty("principalOrganId").GetGuid());
        });
        var nameChange = entries.Items[1].GetProperty("changes").GetProperty("name");
        Assert.Equal("审计前", nameChange.GetProperty("old").GetString());
        Assert.Equal("审计后", nameChange.GetProperty("new").GetString());
        Assert.Equal("Dissolved", entries.Items[0].GetProperty("changes").GetProperty("status").GetProperty("new").GetString());

        var byPrincipal = await (await Admin.GetAsync($"/api/v1/audit?principal=ApiKey:{issued.ApiKey.Id}")).ReadAsync<PagedResult<JsonElement>>();
        Assert.Equal(3, byPrincipal.TotalCount);
        await (await Admin.GetAsync("/api/v1/audit?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        // Nothing in the API changes or deletes audit rows.
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await Admin.DeleteAsync("/api/v1/audit")).StatusCode);
    }

    [ProviderFact]
    public async Task A_burst_beyond_the_limit_is_429_with_retry_after()
    {
        using var limited = fixture.CreateFactory(new Dictionary<string, string?> { ["RateLimiting:PermitLimit"] = "5", ["RateLimiting:WindowSeconds"] = "60" });
        var client = fixture.ClientFor(limited);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await client.GetAsync("/api/v1/organs")).StatusCode);
        }
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 5), statuses.Take(5));
        var limitedResponse = await client.GetAsync("/api/v1/organs");
        await limitedResponse.ProblemAsync(HttpStatusCode.TooManyRequests, "request.rate-limited");
        Assert.NotNull(limitedResponse.Headers.RetryAfter);
    }

    [ProviderFact]
    public async Task Responses_carry_security_headers_and_cors_is_closed()
    {
        var response = await Admin.GetAsync("/api/v1/organs");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.CacheControl?.NoStore);
        var preflight = Http.Request(HttpMethod.Options, "/api/v1/organs");
        preflight.Headers.Add("Origin", "https://elsewhere.test");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        var answer = await Admin.SendAsync(preflight);
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
