using System.Net;
using MediatR;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Calendar;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.ForeignAffairs;

/// <summary>
/// The deadlines around a visit as local rule data, on a Host whose clock the test moves: the pre-trip publication (公示, F9)
/// of N working days on the business calendar before submission, and the post-trip report due after the return (F6), late
/// reports opened as violations by the sweep and closed by the report.
/// </summary>
public abstract class ForeignAffairsDeadlinesTests(ApiFixture fixture)
{
    private const string Root = "/api/v1/foreign-affairs";
    private const string Suzhou = "320500";

    private (HttpClient Client, FakeTimeProvider Time, WebApplicationFactory<Program> Factory) FakeTimeHost(DateOnly today) => ForeignAffairsTimeHost.Start(fixture, today);

    private static DateTimeOffset At(DateOnly day) => ForeignAffairsTimeHost.At(day);

    /// <summary>Suzhou's deadlines (5 working days of publication, report 30 days after the return) and 2026's calendar, once per class.</summary>
    private static async Task<Guid> SetUpAsync(HttpClient admin)
    {
        var existing = await (await admin.GetAsync($"{Root}/rules/deadlines?jurisdiction={Suzhou}")).ReadAsync<IReadOnlyList<VisitDeadlinesResponse>>();
        if (existing.FirstOrDefault(d => d.Jurisdiction == Suzhou) is { } version)
        {
            return version.Id;
        }
        var year = await admin.GetAsync("/api/v1/calendar/years/2026/national");
        if (!(await year.ReadAsync<CalendarYearResponse>()).Complete)
        {
            await (await admin.PutJsonAsync("/api/v1/calendar/years/2026/national", new { complete = true, source = "测试通知〔2025〕1号" }, year.ETag()))
                .ReadAsync<CalendarYearResponse>();
        }
        return (await (await admin.PostJsonAsync($"{Root}/rules/deadlines", Deadlines(5, 30)))
            .ReadAsync<VisitDeadlinesResponse>(HttpStatusCode.Created)).Id;
    }

    private static object Deadlines(int? publication, int? report, string jurisdiction = Suzhou, string from = "2020-01-01") => new
    {
        jurisdiction, effectiveFrom = from, deadlines = new { publicationWorkingDays = publication, reportDays = report, reportInWorkingDays = false },
        source = "苏外办〔2020〕1号", confidence = "M",
    };

    private static async Task<(Guid Organ, IReadOnlyList<Guid> Staff)> OrganAsync(HttpClient client, string division)
    {
        var organ = await (await client.PostJsonAsync("/api/v1/organs", new
        {
            name = "外事办公室", divisionCode = division, unifiedSocialCreditCode = TestData.Uscc(division), level = "Municipal", type = "GovernmentDepartment",
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        var staff = (await (await client.PostJsonAsync("/api/v1/organs/staff", new { organId = organ.Id, name = "团长", rankCode = "BelowBureau", startedOn = "2020-01-01" }))
            .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created)).Id;
        await (await client.PutJsonAsync($"{Root}/plans/{organ.Id}/2026", new { trips = 10, persons = 60 }, null)).ReadAsync<PlanResponse>();
        return (organ.Id, [staff]);
    }

    private static async Task<VisitResponse> DraftAsync(HttpClient client, Guid organId, IReadOnlyList<Guid> staff, DateOnly departs) =>
        await (await client.PostJsonAsync(Root, new
        {
            organId,
            visit = new
            {
                purpose = "友好城市交流", delegationType = "General", departsOn = departs, returnsOn = departs.AddDays(4),
                members = staff.Select(m => new { staffMemberId = m, role = "Leader" }).ToList(),
                itinerary = new[] { new { country = "FR", arrivesOn = departs, leavesOn = departs.AddDays(4), transit = false, airsideOnly = false } },
                schedule = Enumerable.Range(0, 5).Select(d => new { on = departs.AddDays(d), description = "公务会谈", official = true }).ToList(),
                budget = 50_000m,
            },
        })).ReadAsync<VisitResponse>(HttpStatusCode.Created);

    [ProviderFact]
    public async Task A_visit_is_submitted_only_after_its_publication_lasted_the_working_days()
    {
        // 2026-03-10 is a Tuesday.
        var (admin, time, factory) = FakeTimeHost(new DateOnly(2026, 3, 10));
        using var _ = factory;
        await SetUpAsync(admin);
        var (organ, staff) = await OrganAsync(admin, Suzhou);
        var visit = await DraftAsync(admin, organ, staff, new DateOnly(2026, 5, 1));
        await (await admin.PostAsync($"{Root}/{visit.Id}/submit", null)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.publication-window");

        Assert.Contains("startsOn:foreign-affairs.publication-date-invalid",
            (await (await admin.PostJsonAsync($"{Root}/{visit.Id}/publish", new { startsOn = "2026-03-11" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        // Published on Wednesday 2026-03-04: the fifth working day after it is Wednesday 2026-03-11.
        var published = await (await admin.PostJsonAsync($"{Root}/{visit.Id}/publish", new { startsOn = "2026-03-04" })).ReadAsync<VisitResponse>();
        Assert.Equal(new DateOnly(2026, 3, 4), published.PublicationStartsOn);
        await (await admin.PostAsync($"{Root}/{visit.Id}/submit", null)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "foreign-affairs.publication-window");
        time.SetUtcNow(At(new DateOnly(2026, 3, 11)));
        Assert.Equal(VisitStatus.Submitted, (await (await admin.PostAsync($"{Root}/{visit.Id}/submit", null)).ReadAsync<VisitResponse>()).Status);
        await (await admin.PostJsonAsync($"{Root}/{visit.Id}/publish", new { startsOn = "2026-03-04" })).ProblemAsync(HttpStatusCode.Conflict, "foreign-affairs.visit-state");
        await (await admin.PostJsonAsync($"{Root}/{Guid.NewGuid()}/publish", new { startsOn = "2026-03-04" })).ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.visit-not-found");

        // Outside Suzhou no publication is asked for.
        var (other, otherStaff) = await OrganAsync(admin, "320100");
        var unpublished = await DraftAsync(admin, other, otherStaff, new DateOnly(2026, 5, 1));
        Assert.Equal(VisitStatus.Submitted, (await (await admin.PostAsync($"{Root}/{unpublished.Id}/submit", null)).ReadAsync<VisitResponse>()).Status);
    }

    [ProviderFact]
    public async Task A_report_past_its_due_date_is_a_violation_until_it_is_recorded()
    {
        var (admin, time, factory) = FakeTimeHost(new DateOnly(2026, 2, 10));
        using var _ = factory;
        var versionId = await SetUpAsync(admin);
        var (organ, staff) = await OrganAsync(admin, Suzhou);
        var visit = await DraftAsync(admin, organ, staff, new DateOnly(2026, 3, 1));
        await (await admin.PostJsonAsync($"{Root}/{visit.Id}/publish", new { startsOn = "2026-01-20" })).ReadAsync<VisitResponse>();
        await (await admin.PostAsync($"{Root}/{visit.Id}/submit", null)).ReadAsync<VisitResponse>();
        await (await admin.PostJsonAsync($"{Root}/{visit.Id}/approve", new { approvalNumber = "外任〔2026〕5号", approvedOn = "2026-02-10" })).ReadAsync<VisitResponse>();
        await (await admin.PostAsync($"{Root}/{visit.Id}/depart", null)).ReadAsync<VisitResponse>();
        await (await admin.PostJsonAsync($"{Root}/{visit.Id}/return", new { returnedOn = "2026-03-05" })).ReadAsync<VisitResponse>();

        // Due 30 days after the return: 2026-04-04; late from 2026-04-05.
        var sweeper = factory.Services.GetRequiredService<ViolationSweeper>();
        await sweeper.RunAsync(new DateOnly(2026, 4, 4), CancellationToken.None);
        Assert.DoesNotContain(await ForeignAffairsTimeHost.OpenViolationsAsync(factory), v => v.Violation.SubjectId == visit.Id);
        await sweeper.RunAsync(new DateOnly(2026, 4, 5), CancellationToken.None);
        await sweeper.RunAsync(new DateOnly(2026, 4, 6), CancellationToken.None);
        var late = Assert.Single(await ForeignAffairsTimeHost.OpenViolationsAsync(factory), v => v.Violation.SubjectId == visit.Id);
        Assert.Equal(("foreign-affairs.late-report", "F6", versionId, organ, new DateOnly(2026, 4, 5)),
            (late.Violation.Kind, late.Violation.RuleId, late.Violation.RuleVersionId!.Value, late.Violation.OrganId, late.OpenedOn));

        time.SetUtcNow(At(new DateOnly(2026, 4, 8)));
        await (await admin.PostJsonAsync($"{Root}/{visit.Id}/report", new { summary = "完成全部公务活动" })).ReadAsync<VisitResponse>();
        Assert.DoesNotContain(await ForeignAffairsTimeHost.OpenViolationsAsync(factory), v => v.Violation.SubjectId == visit.Id);
        Assert.Equal(1, await fixture.CountAsync("shared_outbox", "type LIKE '%.ViolationClosed' AND payload LIKE @Id", new { Id = $"%{visit.Id}%" }));
    }

    [ProviderFact]
    public async Task Deadline_versions_are_the_bureaus_and_bad_input_is_refused()
    {
        var (admin, _, factory) = FakeTimeHost(new DateOnly(2026, 3, 10));
        using var _ = factory;
        await SetUpAsync(admin);
        var before = await fixture.CountAsync("foreign_affairs_rule");
        Assert.Contains("deadlines:foreign-affairs.deadlines-invalid",
            (await (await admin.PostJsonAsync($"{Root}/rules/deadlines", Deadlines(0, 30, from: "2027-01-01"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("jurisdiction:foreign-affairs.jurisdiction-invalid",
            (await (await admin.PostJsonAsync($"{Root}/rules/deadlines", Deadlines(5, 30, jurisdiction: "Suzhou"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await admin.PostJsonAsync($"{Root}/rules/deadlines", Deadlines(5, 30))).ProblemAsync(HttpStatusCode.Conflict, "foreign-affairs.rule-version-exists");
        await (await admin.GetAsync($"{Root}/rules/deadlines?jurisdiction=x")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal(before, await fixture.CountAsync("foreign_affairs_rule"));

        // A later version ends the earlier one the day before.
        var later = await (await admin.PostJsonAsync($"{Root}/rules/deadlines", Deadlines(3, 20, from: "2027-01-01"))).ReadAsync<VisitDeadlinesResponse>(HttpStatusCode.Created);
        Assert.Equal((3, 20), (later.Deadlines.PublicationWorkingDays!.Value, later.Deadlines.ReportDays!.Value));
        var versions = await (await admin.GetAsync($"{Root}/rules/deadlines?jurisdiction={Suzhou}")).ReadAsync<IReadOnlyList<VisitDeadlinesResponse>>();
        Assert.Equal(new DateOnly(2026, 12, 31), versions.Single(v => v.EffectiveFrom == new DateOnly(2020, 1, 1)).EffectiveTo);

        var (organ, _) = await OrganAsync(admin, Suzhou);
        var key = (await (await admin.PostJsonAsync("/api/v1/access/api-keys", new { name = "外事系统", organId = organ, scopes = new[] { "foreign-affairs.read", "foreign-affairs.write" } }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created)).Key;
        await (await fixture.ClientFor(factory, key).PostJsonAsync($"{Root}/rules/deadlines", Deadlines(5, 30, from: "2028-01-01")))
            .ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }
}
