using System.Net;
using MediatR;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.ForeignAffairs;

/// <summary>
/// Members as rows and their travel documents (F10) on a Host whose clock the test moves: numbers encrypted at rest and masked
/// without the personal-data scope (unmasked reads audited), hand-back within 7 days of the return, the overdue list, the lock
/// of a Beijing unit beyond 30 days overdue, and the overdue-passport violations opened by the sweep and closed by the hand-back.
/// </summary>
public abstract class ForeignAffairsDocumentsTests(ApiFixture fixture)
{
    private const string Root = "/api/v1/foreign-affairs";
    private const string Number = "E12345678";

    // 2026-03-10 12:00 in Asia/Shanghai.
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 4, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly ReturnedOn = new(2026, 3, 5);

    private (HttpClient Client, FakeTimeProvider Time, WebApplicationFactory<Program> Factory) FakeTimeHost() =>
        ForeignAffairsTimeHost.Start(fixture, DateOnly.FromDateTime(Start.UtcDateTime));

    private static void SetToday(FakeTimeProvider time, DateOnly day) => time.SetUtcNow(ForeignAffairsTimeHost.At(day));

    private static async Task<OrganResponse> OrganAsync(HttpClient client, string division) =>
        await (await client.PostJsonAsync("/api/v1/organs", new
        {
            name = "外事办公室", divisionCode = division, unifiedSocialCreditCode = TestData.Uscc(division), level = "Municipal", type = "GovernmentDepartment",
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);

    private static async Task<IReadOnlyList<Guid>> StaffAsync(HttpClient client, Guid organId, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await (await client.PostJsonAsync("/api/v1/organs/staff", new { organId, name = $"团员{i}", rankCode = "BelowBureau", startedOn = "2020-01-01" }))
                .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created)).Id);
        }
        return ids;
    }

    private static object Fields(IReadOnlyList<Guid> members, DateOnly departs) => new
    {
        purpose = "友好城市交流",
        delegationType = "General",
        departsOn = departs,
        returnsOn = departs.AddDays(4),
        members = members.Select((m, i) => new { staffMemberId = m, role = i == 0 ? "Leader" : "Member", post = "处长" }).ToList(),
        itinerary = new[] { new { country = "FR", arrivesOn = departs, leavesOn = departs.AddDays(4), transit = false, airsideOnly = false } },
        schedule = Enumerable.Range(0, 5).Select(d => new { on = departs.AddDays(d), description = "公务会谈", official = true }).ToList(),
        budget = 50_000m,
    };

    private static async Task<VisitResponse> DraftAsync(HttpClient client, Guid organId, IReadOnlyList<Guid> staff, DateOnly departs) =>
        await (await client.PostJsonAsync(Root, new { organId, visit = Fields(staff, departs) })).ReadAsync<VisitResponse>(HttpStatusCode.Created);

    /// <summary>A visit of the organ from 2026-03-01, approved, departed and returned on 2026-03-05 (hand-back due 2026-03-12).</summary>
    private static async Task<VisitResponse> ReturnedVisitAsync(HttpClient client, Guid organId, IReadOnlyList<Guid> staff)
    {
        await (await client.PutJsonAsync($"{Root}/plans/{organId}/2026", new { trips = 10, persons = 60 }, null)).ReadAsync<PlanResponse>();
        var visit = await DraftAsync(client, organId, staff, new DateOnly(2026, 3, 1));
        await (await client.PostAsync($"{Root}/{visit.Id}/submit", null)).ReadAsync<VisitResponse>();
        await (await client.PostJsonAsync($"{Root}/{visit.Id}/approve", new { approvalNumber = "外任〔2026〕3号", approvedOn = "2026-02-10" })).ReadAsync<VisitResponse>();
        await (await client.PostAsync($"{Root}/{visit.Id}/depart", null)).ReadAsync<VisitResponse>();
        return await (await client.PostJsonAsync($"{Root}/{visit.Id}/return", new { returnedOn = ReturnedOn })).ReadAsync<VisitResponse>();
    }

    private static async Task<IReadOnlyList<VisitMemberRecord>> MembersAsync(HttpClient client, Guid visitId) =>
        await (await client.GetAsync($"{Root}/{visitId}/members")).ReadAsync<IReadOnlyList<VisitMemberRecord>>();

    private static async Task<IReadOnlyList<OverdueDocumentResponse>> OverdueAsync(HttpClient client, Guid organId, DateOnly asOf) =>
        (await (await client.GetAsync($"{Root}/documents/overdue?organId={organId}&asOf={asOf:yyyy-MM-dd}&pageSize=200"))
            .ReadAsync<PagedResult<OverdueDocumentResponse>>()).Items;

    private async Task<string> KeyAsync(HttpClient admin, Guid organId, params string[] scopes) =>
        (await (await admin.PostJsonAsync("/api/v1/access/api-keys", new { name = "外事系统", organId, scopes }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created)).Key;

    [ProviderFact]
    public async Task Document_numbers_are_encrypted_masked_and_every_unmasked_read_is_audited()
    {
        var (admin, _, factory) = FakeTimeHost();
        using var _ = factory;
        var organ = await OrganAsync(admin, "320100");
        var staff = await StaffAsync(admin, organ.Id, 2);
        var visit = await DraftAsync(admin, organ.Id, staff, new DateOnly(2026, 5, 1));
        var members = await MembersAsync(admin, visit.Id);
        Assert.Equal(["团员0", "团员1"], members.Select(m => m.Name));
        Assert.All(members, m => Assert.Equal((organ.Id, "BelowBureau", (string?)null, (DateOnly?)null), (m.OrganId!.Value, m.RankCode, m.DocumentNumber, m.HandBackDueOn)));
        Assert.Equal([staff[0], staff[1]], members.Select(m => m.StaffMemberId));

        var set = await (await admin.PostJsonAsync($"{Root}/{visit.Id}/members/{members[0].Id}/document", new { kind = "Passport", number = Number }))
            .ReadAsync<VisitMemberRecord>();
        Assert.Equal((TravelDocumentKind.Passport, "E1****678", true), (set.DocumentKind!.Value, set.DocumentNumber, set.DocumentNumberMasked));

        var readerKey = await KeyAsync(admin, organ.Id, "foreign-affairs.read", "foreign-affairs.write");
        var reader = fixture.ClientFor(factory, readerKey);
        Assert.Equal("E1****678", (await MembersAsync(reader, visit.Id))[0].DocumentNumber);
        Assert.Equal(0, await fixture.CountAsync("shared_audit", "entity_type = 'ForeignAffairsTravelDocument' AND entity_id = @Id", new { members[0].Id }));

        var privileged = fixture.ClientFor(factory, await KeyAsync(admin, organ.Id, "foreign-affairs.read", "foreign-affairs.personal-data"));
        var clear = (await MembersAsync(privileged, visit.Id))[0];
        Assert.Equal((Number, false), (clear.DocumentNumber, clear.DocumentNumberMasked));
        Assert.Equal(1, await fixture.CountAsync("shared_audit", "entity_type = 'ForeignAffairsTravelDocument' AND entity_id = @Id", new { members[0].Id }));

        // Neither the member row, nor the audit trail, nor the visit holds the number in clear.
        Assert.Equal(1, await fixture.CountAsync("foreign_affairs_member", "id = @Id AND document_number IS NOT NULL", new { members[0].Id }));
        Assert.Equal(0, await fixture.CountAsync("foreign_affairs_member", "document_number LIKE @N", new { N = $"%{Number}%" }));
        Assert.Equal(0, await fixture.CountAsync("shared_audit", "changes LIKE @N", new { N = $"%{Number}%" }));
        Assert.Equal(0, await fixture.CountAsync("foreign_affairs_visit", "members LIKE @N", new { N = $"%{Number}%" }));

        // A change of members keeps a kept member's record and document; a removed member's record goes.
        var third = (await StaffAsync(admin, organ.Id, 1))[0];
        var changed = await admin.SendAsync(Http.Request(HttpMethod.Put, $"{Root}/{visit.Id}",
            System.Text.Json.JsonSerializer.Serialize(Fields([staff[0], third], new DateOnly(2026, 5, 1)), Http.Json), ifMatch: $"\"{visit.Version}\""));
        await changed.ReadAsync<VisitResponse>();
        var after = await MembersAsync(reader, visit.Id);
        Assert.Equal([staff[0], third], after.Select(m => m.StaffMemberId));
        Assert.Equal((members[0].Id, "E1****678"), (after[0].Id, after[0].DocumentNumber));

        // Bad input: nothing written.
        Assert.Contains("number:foreign-affairs.document-number-invalid",
            (await (await admin.PostJsonAsync($"{Root}/{visit.Id}/members/{after[1].Id}/document", new { kind = "Passport", number = "e12-34" }))
                .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await admin.PostJsonAsync($"{Root}/{visit.Id}/members/{after[1].Id}/document", new { kind = "Visa", number = Number }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Null((await MembersAsync(reader, visit.Id))[1].DocumentNumber);
        await (await admin.PostJsonAsync($"{Root}/{visit.Id}/members/{Guid.NewGuid()}/document", new { kind = "Passport", number = Number }))
            .ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.member-not-found");
        await (await admin.PostJsonAsync($"{Root}/{visit.Id}/members/{after[1].Id}/hand-back", new { handedBackOn = "2026-03-10" }))
            .ProblemAsync(HttpStatusCode.Conflict, "foreign-affairs.not-returned");

        // Another organ's principal sees neither the visit nor its members.
        var stranger = await OrganAsync(admin, "320100");
        var strangerClient = fixture.ClientFor(factory, await KeyAsync(admin, stranger.Id, "foreign-affairs.read", "foreign-affairs.write", "foreign-affairs.personal-data"));
        await (await strangerClient.GetAsync($"{Root}/{visit.Id}/members")).ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.visit-not-found");
        await (await strangerClient.PostJsonAsync($"{Root}/{visit.Id}/members/{after[1].Id}/document", new { kind = "Passport", number = Number }))
            .ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.visit-not-found");
        await (await fixture.AnonymousClient().GetAsync($"{Root}/{visit.Id}/members")).ProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }

    [ProviderFact]
    public async Task Dates_of_birth_are_encrypted_masked_and_read_in_clear_with_one_audit_entry_per_member()
    {
        var (admin, _, factory) = FakeTimeHost();
        using var _ = factory;
        const string Born = "1978-04-21";
        var organ = await OrganAsync(admin, "320100");
        var staff = await StaffAsync(admin, organ.Id, 3);
        var visit = await DraftAsync(admin, organ.Id, staff, new DateOnly(2026, 5, 1));
        var members = await MembersAsync(admin, visit.Id);
        Assert.All(members, m => Assert.Equal(((string?)null, false), (m.DateOfBirth, m.DateOfBirthMasked)));

        var set = await (await admin.PostJsonAsync($"{Root}/{visit.Id}/members/{members[0].Id}/document", new { kind = "Passport", number = Number, dateOfBirth = Born }))
            .ReadAsync<VisitMemberRecord>();
        Assert.Equal(("19**-**-**", true, "E1****678"), (set.DateOfBirth, set.DateOfBirthMasked, set.DocumentNumber));
        // Today (2026-03-10) is the latest date accepted.
        await (await admin.PostJsonAsync($"{Root}/{visit.Id}/members/{members[1].Id}/document", new { kind = "Passport", number = "G20481357", dateOfBirth = "2026-03-10" }))
            .ReadAsync<VisitMemberRecord>();

        var reader = fixture.ClientFor(factory, await KeyAsync(admin, organ.Id, "foreign-affairs.read"));
        var masked = (await MembersAsync(reader, visit.Id))[0];
        Assert.Equal(("19**-**-**", true), (masked.DateOfBirth, masked.DateOfBirthMasked));
        Assert.Equal(0, await fixture.CountAsync("shared_audit", "entity_type = 'ForeignAffairsTravelDocument' AND entity_id = @Id", new { members[0].Id }));

        // One clear read: one audit entry per member shown, naming both fields and neither value.
        var privileged = fixture.ClientFor(factory, await KeyAsync(admin, organ.Id, "foreign-affairs.read", "foreign-affairs.personal-data"));
        var clear = await MembersAsync(privileged, visit.Id);
        Assert.Equal((Born, false, Number), (clear[0].DateOfBirth, clear[0].DateOfBirthMasked, clear[0].DocumentNumber));
        Assert.Equal(("2026-03-10", (string?)null, false), (clear[1].DateOfBirth, clear[2].DateOfBirth, clear[2].DateOfBirthMasked));
        Assert.Equal(1, await fixture.CountAsync("shared_audit",
            "entity_type = 'ForeignAffairsTravelDocument' AND entity_id = @Id AND changes LIKE '%dateOfBirthReadUnmasked%' AND changes LIKE '%documentNumberReadUnmasked%'",
            new { members[0].Id }));
        Assert.Equal(0, await fixture.CountAsync("shared_audit", "entity_type = 'ForeignAffairsTravelDocument' AND entity_id = @Id", new { members[2].Id }));

        // The row holds the date encrypted; neither the member rows nor the audit trail hold it in clear.
        Assert.Equal(1, await fixture.CountAsync("foreign_affairs_member", "id = @Id AND date_of_birth IS NOT NULL", new { members[0].Id }));
        Assert.Equal(0, await fixture.CountAsync("foreign_affairs_member", "date_of_birth LIKE @D OR date_of_birth LIKE '%2026-03-10%'", new { D = $"%{Born}%" }));
        Assert.Equal(0, await fixture.CountAsync("shared_audit", "changes LIKE @D", new { D = $"%{Born}%" }));

        // A new document without a date keeps the recorded date.
        await (await admin.PostJsonAsync($"{Root}/{visit.Id}/members/{members[0].Id}/document", new { kind = "Passport", number = "E99999999" })).ReadAsync<VisitMemberRecord>();
        Assert.Equal(Born, (await MembersAsync(privileged, visit.Id))[0].DateOfBirth);

        // Bad input: after today, before 1900, an impossible date, not a date — 400, nothing written.
        var url = $"{Root}/{visit.Id}/members/{members[2].Id}/document";
        Assert.Contains("dateOfBirth:foreign-affairs.date-of-birth-invalid",
            (await (await admin.PostJsonAsync(url, new { kind = "Passport", number = Number, dateOfBirth = "2026-03-11" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("dateOfBirth:foreign-affairs.date-of-birth-invalid",
            (await (await admin.PostJsonAsync(url, new { kind = "Passport", number = Number, dateOfBirth = "1899-12-31" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostRawAsync(url, $"{{\"kind\":\"Passport\",\"number\":\"{Number}\",\"dateOfBirth\":\"1978-02-30\"}}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostRawAsync(url, $"{{\"kind\":\"Passport\",\"number\":\"{Number}\",\"dateOfBirth\":19780421}}")).StatusCode);
        Assert.Equal(((string?)null, (string?)null), ((await MembersAsync(privileged, visit.Id))[2].DocumentNumber, (await MembersAsync(privileged, visit.Id))[2].DateOfBirth));
    }

    [ProviderFact]
    public async Task Guests_dates_of_birth_are_encrypted_masked_and_read_in_clear_with_an_audit_entry()
    {
        var (admin, _, factory) = FakeTimeHost();
        using var _ = factory;
        const string Born = "1971-09-02";
        var organ = await OrganAsync(admin, "320100");
        object Body(params object[] guests) => new
        {
            organId = organ.Id, title = "法国里昂市代表团", country = "FR", hostGrade = "BureauDirector", arrivesOn = "2026-06-01", departsOn = "2026-06-03",
            guests, programme = Array.Empty<object>(),
        };
        var created = await (await admin.PostJsonAsync($"{Root}/incoming", Body(
            new { name = "Jean Dupont", post = "Deputy Mayor", grade = "BureauDirector", dateOfBirth = Born },
            new { name = "Anne Martin", post = "Adviser", grade = "Other" }))).ReadAsync<DelegationResponse>(HttpStatusCode.Created);
        Assert.Equal([("19**-**-**", true), (null, false)], created.Guests.Select(g => (g.DateOfBirth, g.DateOfBirthMasked)));

        var reader = fixture.ClientFor(factory, await KeyAsync(admin, organ.Id, "foreign-affairs.read"));
        Assert.Equal("19**-**-**", (await (await reader.GetAsync($"{Root}/incoming/{created.Id}")).ReadAsync<DelegationResponse>()).Guests[0].DateOfBirth);
        Assert.Equal(0, await fixture.CountAsync("shared_audit", "entity_type = 'ForeignAffairsDelegationGuests' AND entity_id = @Id", new { created.Id }));

        var privileged = fixture.ClientFor(factory, await KeyAsync(admin, organ.Id, "foreign-affairs.read", "foreign-affairs.personal-data"));
        var clear = await (await privileged.GetAsync($"{Root}/incoming/{created.Id}")).ReadAsync<DelegationResponse>();
        Assert.Equal([(Born, false), (null, false)], clear.Guests.Select(g => (g.DateOfBirth, g.DateOfBirthMasked)));
        Assert.Equal(1, await fixture.CountAsync("shared_audit", "entity_type = 'ForeignAffairsDelegationGuests' AND entity_id = @Id", new { created.Id }));
        Assert.Equal(0, await fixture.CountAsync("foreign_affairs_delegation", "guests LIKE @D", new { D = $"%{Born}%" }));
        Assert.Equal(1, await fixture.CountAsync("foreign_affairs_delegation", "id = @Id AND guests LIKE '%dateOfBirth%'", new { created.Id }));
        Assert.Equal(0, await fixture.CountAsync("shared_audit", "changes LIKE @D", new { D = $"%{Born}%" }));

        // Another organ's principal, even with the personal-data scope, gets 404 and reads nothing in clear.
        var stranger = await OrganAsync(admin, "320100");
        await (await fixture.ClientFor(factory, await KeyAsync(admin, stranger.Id, "foreign-affairs.read", "foreign-affairs.personal-data"))
            .GetAsync($"{Root}/incoming/{created.Id}")).ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.delegation-not-found");
        Assert.Equal(1, await fixture.CountAsync("shared_audit", "entity_type = 'ForeignAffairsDelegationGuests' AND entity_id = @Id", new { created.Id }));

        // Bad input: a guest born after today or before 1900 — 400 naming the guest, nothing written.
        var before = await fixture.CountAsync("foreign_affairs_delegation");
        Assert.Contains("guests[1].dateOfBirth:foreign-affairs.date-of-birth-invalid", (await (await admin.PostJsonAsync($"{Root}/incoming", Body(
                new { name = "A", post = "B", grade = "Other" }, new { name = "C", post = "D", grade = "Other", dateOfBirth = "2026-03-11" })))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains(":foreign-affairs.date-of-birth-invalid", string.Join(" ", (await (await admin.PostJsonAsync($"{Root}/incoming", Body(
                new { name = "A", post = "B", grade = "Other", dateOfBirth = "1899-12-31" })))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors()));
        Assert.Equal(before, await fixture.CountAsync("foreign_affairs_delegation"));
    }

    [ProviderFact]
    public async Task Documents_are_due_seven_days_after_the_return_and_overdue_the_day_after()
    {
        var (admin, time, factory) = FakeTimeHost();
        using var _ = factory;
        var organ = await OrganAsync(admin, "320100");
        var staff = await StaffAsync(admin, organ.Id, 3);
        var visit = await ReturnedVisitAsync(admin, organ.Id, staff);
        var members = await MembersAsync(admin, visit.Id);
        Assert.All(members, m => Assert.Equal(new DateOnly(2026, 3, 12), m.HandBackDueOn));
        await (await admin.PostJsonAsync($"{Root}/{visit.Id}/members/{members[0].Id}/document", new { kind = "Passport", number = Number })).ReadAsync<VisitMemberRecord>();

        var url = $"{Root}/{visit.Id}/members/{members[1].Id}/hand-back";
        Assert.Contains("handedBackOn:foreign-affairs.hand-back-date-invalid",
            (await (await admin.PostJsonAsync(url, new { handedBackOn = "2026-03-04" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("handedBackOn:foreign-affairs.hand-back-date-invalid",
            (await (await admin.PostJsonAsync(url, new { handedBackOn = "2026-03-11" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        SetToday(time, new DateOnly(2026, 3, 12));
        // Day 7 is on time.
        Assert.Equal(new DateOnly(2026, 3, 12), (await (await admin.PostJsonAsync(url, new { handedBackOn = "2026-03-12" })).ReadAsync<VisitMemberRecord>()).HandedBackOn);
        await (await admin.PostJsonAsync(url, new { handedBackOn = "2026-03-12" })).ProblemAsync(HttpStatusCode.Conflict, "foreign-affairs.document-handed-back");

        Assert.Empty(await OverdueAsync(admin, organ.Id, new DateOnly(2026, 3, 12)));
        var overdue = await OverdueAsync(admin, organ.Id, new DateOnly(2026, 3, 13));
        Assert.Equal(new[] { members[0].Id, members[2].Id }.Order(), overdue.Select(d => d.MemberId).Order());
        var passport = overdue.Single(d => d.MemberId == members[0].Id);
        Assert.Equal((1, "E1****678", false, visit.Id, ReturnedOn), (passport.DaysOverdue, passport.DocumentNumber, passport.LocksNewVisits, passport.VisitId, passport.ReturnedOn));
        // Outside Beijing no lock applies, however late.
        Assert.All(await OverdueAsync(admin, organ.Id, new DateOnly(2026, 9, 1)), d => Assert.False(d.LocksNewVisits));
        await (await admin.GetAsync($"{Root}/documents/overdue?asOf=1900-01-01")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await admin.GetAsync($"{Root}/documents/overdue?pageSize=0")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");

        // The sweep opens a violation per overdue document from the day after the due date; the hand-back closes it.
        var sweeper = factory.Services.GetRequiredService<ViolationSweeper>();
        await sweeper.RunAsync(new DateOnly(2026, 3, 12), CancellationToken.None);
        Assert.DoesNotContain(await ForeignAffairsTimeHost.OpenViolationsAsync(factory), v => v.Violation.SubjectId == members[0].Id);
        await sweeper.RunAsync(new DateOnly(2026, 3, 13), CancellationToken.None);
        await sweeper.RunAsync(new DateOnly(2026, 3, 14), CancellationToken.None);
        var open = (await ForeignAffairsTimeHost.OpenViolationsAsync(factory)).Where(v => v.Violation.OrganId == organ.Id).ToList();
        Assert.Equal(new[] { members[0].Id, members[2].Id }.Order(), open.Select(v => v.Violation.SubjectId).Order());
        Assert.All(open, v => Assert.Equal(("foreign-affairs.overdue-passport", "F10", Duty.ForeignAffairs, new DateOnly(2026, 3, 13), (DateOnly?)null),
            (v.Violation.Kind, v.Violation.RuleId, v.Violation.Duty, v.OpenedOn, v.DueOn)));
        Assert.Equal(1, await fixture.CountAsync("shared_outbox", "type LIKE '%.ViolationOpened' AND payload LIKE @Id", new { Id = $"%{members[0].Id}%" }));

        SetToday(time, new DateOnly(2026, 3, 20));
        await (await admin.PostJsonAsync($"{Root}/{visit.Id}/members/{members[0].Id}/hand-back", new { handedBackOn = "2026-03-20" })).ReadAsync<VisitMemberRecord>();
        Assert.DoesNotContain(await ForeignAffairsTimeHost.OpenViolationsAsync(factory), v => v.Violation.SubjectId == members[0].Id);
        Assert.Equal(1, await fixture.CountAsync("shared_outbox", "type LIKE '%.ViolationClosed' AND payload LIKE @Id", new { Id = $"%{members[0].Id}%" }));
        Assert.Equal([members[2].Id], (await OverdueAsync(admin, organ.Id, new DateOnly(2026, 3, 20))).Select(d => d.MemberId));
    }

    [ProviderFact]
    public async Task The_bureau_edits_the_hand_back_days_through_the_API_and_day_N_is_on_time_and_N_plus_1_overdue()
    {
        var (admin, time, factory) = FakeTimeHost();
        using var _ = factory;
        object Rule(int days, int? lockAfter, string jurisdiction = "330000", string from = "2026-01-01") => new
        {
            jurisdiction, effectiveFrom = from, handBack = new { handBackDays = days, workingDays = false, lockAfterDaysOverdue = lockAfter },
            source = "浙外办〔2026〕1号", confidence = "H",
        };
        var before = await fixture.CountAsync("foreign_affairs_rule");
        // Bad input: nothing written.
        foreach (var bad in new[] { Rule(0, null), Rule(91, null), Rule(10, -1), Rule(10, 367) })
        {
            Assert.Contains("handBack:foreign-affairs.hand-back-rule-invalid",
                (await (await admin.PostJsonAsync($"{Root}/rules/hand-back", bad)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        }
        Assert.Contains("jurisdiction:foreign-affairs.jurisdiction-invalid",
            (await (await admin.PostJsonAsync($"{Root}/rules/hand-back", Rule(10, 5, jurisdiction: "Zhejiang"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Equal(HttpStatusCode.BadRequest,
            (await admin.PostJsonAsync($"{Root}/rules/hand-back", new { jurisdiction = "330000", effectiveFrom = "2026-01-01", source = "x", confidence = "H" })).StatusCode);
        await (await admin.PostRawAsync($"{Root}/rules/hand-back", "{\"jurisdiction\":\"330000\",\"effectiveFrom\":\"2026-01-01\",\"handBack\":{\"handBackDays\":\"ten\",\"workingDays\":false},\"source\":\"x\",\"confidence\":\"H\"}"))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        await (await admin.GetAsync($"{Root}/rules/hand-back?jurisdiction=x")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var organ = await OrganAsync(admin, "330100");
        await (await fixture.ClientFor(factory, await KeyAsync(admin, organ.Id, "foreign-affairs.read", "foreign-affairs.write")).PostJsonAsync($"{Root}/rules/hand-back", Rule(10, 5)))
            .ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        Assert.Equal(before, await fixture.CountAsync("foreign_affairs_rule"));

        // Zhejiang: 10 calendar days, a lock beyond 5 days overdue.
        var created = await (await admin.PostJsonAsync($"{Root}/rules/hand-back", Rule(10, 5))).ReadAsync<HandBackRuleResponse>(HttpStatusCode.Created);
        Assert.Equal((10, false, (int?)5, "330000", (DateOnly?)null), (created.HandBack.HandBackDays, created.HandBack.WorkingDays, created.HandBack.LockAfterDaysOverdue, created.Jurisdiction, created.EffectiveTo));
        await (await admin.PostJsonAsync($"{Root}/rules/hand-back", Rule(10, 5))).ProblemAsync(HttpStatusCode.Conflict, "foreign-affairs.rule-version-exists");
        var chain = await (await admin.GetAsync($"{Root}/rules/hand-back?jurisdiction=330100")).ReadAsync<IReadOnlyList<HandBackRuleResponse>>();
        Assert.Equal(["330000", "national"], chain.Select(v => v.Jurisdiction).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(await (await admin.GetAsync($"{Root}/rules/hand-back")).ReadAsync<IReadOnlyList<HandBackRuleResponse>>(), v => v.Jurisdiction == "110000");

        // Returned 2026-03-05: due on day 10 (2026-03-15), overdue from day 11.
        var staff = await StaffAsync(admin, organ.Id, 3);
        var visit = await ReturnedVisitAsync(admin, organ.Id, staff);
        var members = await MembersAsync(admin, visit.Id);
        Assert.All(members, m => Assert.Equal(new DateOnly(2026, 3, 15), m.HandBackDueOn));
        SetToday(time, new DateOnly(2026, 3, 15));
        await (await admin.PostJsonAsync($"{Root}/{visit.Id}/members/{members[0].Id}/hand-back", new { handedBackOn = "2026-03-15" })).ReadAsync<VisitMemberRecord>();
        Assert.Empty(await OverdueAsync(admin, organ.Id, new DateOnly(2026, 3, 15)));
        var overdue = await OverdueAsync(admin, organ.Id, new DateOnly(2026, 3, 16));
        Assert.Equal(new[] { members[1].Id, members[2].Id }.Order(), overdue.Select(d => d.MemberId).Order());
        Assert.All(overdue, d => Assert.Equal((1, new DateOnly(2026, 3, 15), false), (d.DaysOverdue, d.DueOn, d.LocksNewVisits)));
        // The lock: 5 days overdue does not lock, 6 does.
        Assert.All(await OverdueAsync(admin, organ.Id, new DateOnly(2026, 3, 20)), d => Assert.False(d.LocksNewVisits));
        Assert.All(await OverdueAsync(admin, organ.Id, new DateOnly(2026, 3, 21)), d => Assert.True(d.LocksNewVisits));
    }

    [ProviderFact]
    public async Task A_Beijing_unit_with_a_document_more_than_30_days_overdue_cannot_submit()
    {
        var (admin, time, factory) = FakeTimeHost();
        using var _ = factory;
        var organ = await OrganAsync(admin, "110105");
        var staff = await StaffAsync(admin, organ.Id, 2);
        var visit = await ReturnedVisitAsync(admin, organ.Id, staff);
        var members = await MembersAsync(admin, visit.Id);
        await (await admin.PostJsonAsync($"{Root}/{visit.Id}/members/{members[0].Id}/hand-back", new { handedBackOn = "2026-03-10" })).ReadAsync<VisitMemberRecord>();

        // Due 2026-03-12: on 2026-04-11 the document is 30 days overdue (no lock), on 2026-04-12 31 days (locked).
        SetToday(time, new DateOnly(2026, 4, 11));
        var at30 = await DraftAsync(admin, organ.Id, staff, new DateOnly(2026, 6, 1));
        Assert.Equal(VisitStatus.Submitted, (await (await admin.PostAsync($"{Root}/{at30.Id}/submit", null)).ReadAsync<VisitResponse>()).Status);
        Assert.False(Assert.Single(await OverdueAsync(admin, organ.Id, new DateOnly(2026, 4, 11))).LocksNewVisits);

        SetToday(time, new DateOnly(2026, 4, 12));
        var at31 = await DraftAsync(admin, organ.Id, staff, new DateOnly(2026, 6, 10));
        var problem = await (await admin.PostAsync($"{Root}/{at31.Id}/submit", null)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.document-overdue");
        Assert.Contains(members[1].Id.ToString(), problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(VisitStatus.Draft, (await (await admin.GetAsync($"{Root}/{at31.Id}")).ReadAsync<VisitResponse>()).Status);
        Assert.True(Assert.Single(await OverdueAsync(admin, organ.Id, new DateOnly(2026, 4, 12))).LocksNewVisits);

        await (await admin.PostJsonAsync($"{Root}/{visit.Id}/members/{members[1].Id}/hand-back", new { handedBackOn = "2026-04-12" })).ReadAsync<VisitMemberRecord>();
        Assert.Equal(VisitStatus.Submitted, (await (await admin.PostAsync($"{Root}/{at31.Id}/submit", null)).ReadAsync<VisitResponse>()).Status);
    }

    [ProviderFact]
    public async Task The_Contracts_query_counts_departed_visits_and_travellers_per_organ_and_year()
    {
        var (admin, _, factory) = FakeTimeHost();
        using var _ = factory;
        var organ = await OrganAsync(admin, "320100");
        var other = await OrganAsync(admin, "320100");
        var staff = await StaffAsync(admin, organ.Id, 3);
        await ReturnedVisitAsync(admin, organ.Id, staff);
        await ReturnedVisitAsync(admin, organ.Id, staff.Take(2).ToList());
        await DraftAsync(admin, organ.Id, staff, new DateOnly(2026, 5, 1));
        await ReturnedVisitAsync(admin, other.Id, await StaffAsync(admin, other.Id, 1));

        async Task<IReadOnlyList<OutboundVisitCount>> CountsAsync(int year, params Guid[] organs)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().SetSystem();
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetOutboundVisitCountsQuery(year, organs));
        }

        Assert.Equal([new OutboundVisitCount(organ.Id, 2026, 2, 5, 3)], await CountsAsync(2026, organ.Id));
        Assert.Equal(2, (await CountsAsync(2026, organ.Id, other.Id)).Count);
        Assert.Empty(await CountsAsync(2027, organ.Id));
    }
}
