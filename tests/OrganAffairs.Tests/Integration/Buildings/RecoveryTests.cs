using System.Net;
using MediatR;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.Buildings;

/// <summary>Recovery deadlines, on a Host whose clock the test moves (FakeTimeProvider).</summary>
public abstract class BuildingsRecoveryTests(ApiFixture fixture)
{
    private const string Cases = BuildingsSetup.Root + "/recovery-cases";

    // 2027-02-28 12:00 in Asia/Shanghai: the business date is 2027-02-28.
    private static readonly DateTimeOffset DueDayNoon = new(2027, 2, 28, 4, 0, 0, TimeSpan.Zero);

    private (HttpClient Client, FakeTimeProvider Time, WebApplicationFactory<Program> Factory) FakeTimeHost()
    {
        var time = new FakeTimeProvider(DueDayNoon);
        var factory = fixture.CreateFactory(services: s => s.AddSingleton<TimeProvider>(time));
        return (fixture.ClientFor(factory), time, factory);
    }

    private static async Task<StaffMemberResponse> StaffAsync(HttpClient client, Guid organId) =>
        await (await client.PostJsonAsync("/api/v1/organs/staff", new { name = "李处长", organId, rankCode = "BureauDeputy", postTitle = "处长", startedOn = "2020-01-01" }))
            .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created);

    /// <summary>A new Office room allocated to the organ from 2020-01-01 (with an exception reference when it takes the organ over its approved area).</summary>
    private static async Task<(RoomResponse Room, AllocationResponse Allocation)> AllocatedRoomAsync(HttpClient client, Guid organId, decimal area = 18m, string? exceptionApprovalReference = null)
    {
        var setup = new BuildingsSetup(client);
        var room = await setup.RoomAsync((await setup.FloorAsync((await setup.BuildingAsync()).Id)).Id, area: area);
        var allocation = await (await client.PostJsonAsync(BuildingsSetup.Root + "/allocations", new
        {
            roomId = room.Id, organId, route = "Reallocation", agreementNumber = "协议", certificateNumber = "凭证", effectiveFrom = "2020-01-01", exceptionApprovalReference,
        })).ReadAsync<AllocationResponse>(HttpStatusCode.Created);
        return (room, allocation);
    }

    private static async Task<AssignmentResponse> OfficeAsync(HttpClient client, Guid organId, Guid staffId, decimal area = 18m)
    {
        var (room, _) = await AllocatedRoomAsync(client, organId, area);
        // The second-office members are ignored for a first office.
        return await (await client.PostJsonAsync(BuildingsSetup.Root + "/assignments", new
        {
            roomId = room.Id, staffMemberId = staffId, startedOn = "2020-01-01", concurrentPostRankCode = "BureauDeputy", secondOfficeReason = "兼职单位相距较远",
            secondOfficeApprovalReference = "批准〔2020〕1号",
        })).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
    }

    private static async Task<List<RecoveryCaseResponse>> CasesAsync(HttpClient client, Guid staffId, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var page = await (await client.GetAsync($"{Cases}?staffMemberId={staffId}")).ReadAsync<PagedResult<RecoveryCaseResponse>>();
            if (page.Items.Count >= expected)
            {
                return page.Items.ToList();
            }
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {expected} recovery cases");
            await Task.Delay(100);
        }
    }

    /// <summary>A member with an office, transferred to another organ from 2027-01-31.</summary>
    private static async Task<(StaffMemberResponse Staff, AssignmentResponse Office)> TransferredOnJanuary31Async(HttpClient client)
    {
        var setup = new BuildingsSetup(client);
        var from = await setup.OrganAsync();
        var to = await setup.OrganAsync();
        var staff = await StaffAsync(client, from.Id);
        var office = await OfficeAsync(client, from.Id, staff.Id);
        await (await client.PostJsonAsync($"/api/v1/organs/staff/{staff.Id}/transfer", new { toOrganId = to.Id, effectiveOn = "2027-01-31" })).ReadAsync<StaffMemberResponse>();
        return (staff, office);
    }

    private static async Task<bool> ListedOverdueAsync(HttpClient client, Guid caseId) =>
        (await (await client.GetAsync($"{Cases}?overdue=true&pageSize=200")).ReadAsync<PagedResult<RecoveryCaseResponse>>()).Items.Any(c => c.Id == caseId);

    [ProviderFact]
    public async Task A_transfer_opens_a_case_due_one_month_later_clamped_overdue_only_the_day_after_and_closed_by_release()
    {
        var (client, time, _) = FakeTimeHost();
        var (staff, office) = await TransferredOnJanuary31Async(client);

        var recovery = Assert.Single(await CasesAsync(client, staff.Id, 1));
        Assert.Equal(RecoveryReason.Transferred, recovery.Reason);
        Assert.Equal(office.Id, recovery.AssignmentId);
        Assert.Equal(new DateOnly(2027, 2, 28), recovery.DueOn); // 31 January + 1 month clamps to the end of February
        // The last day: not overdue.
        Assert.False(recovery.Overdue);
        Assert.False(await ListedOverdueAsync(client, recovery.Id));
        // The day after: overdue.
        time.Advance(TimeSpan.FromDays(1));
        Assert.True((await (await client.GetAsync($"{Cases}/{recovery.Id}")).ReadAsync<RecoveryCaseResponse>()).Overdue);
        Assert.True(await ListedOverdueAsync(client, recovery.Id));
        // Vacating the office closes the case.
        await (await client.PostJsonAsync($"{BuildingsSetup.Root}/assignments/{office.Id}/release", new { releasedOn = "2027-03-01", reason = "调离腾退" })).ReadAsync<AssignmentResponse>();
        var closed = await (await client.GetAsync($"{Cases}/{recovery.Id}")).ReadAsync<RecoveryCaseResponse>();
        Assert.Equal(RecoveryStatus.Closed, closed.Status);
        Assert.False(closed.Overdue);
        Assert.False(await ListedOverdueAsync(client, recovery.Id));
    }

    [ProviderFact]
    public async Task Leaving_a_concurrent_post_gives_the_second_office_two_months()
    {
        var (client, time, factory) = FakeTimeHost();
        var setup = new BuildingsSetup(client);
        var home = await setup.OrganAsync();
        var other = await setup.OrganAsync();
        var staff = await StaffAsync(client, home.Id);
        var first = await OfficeAsync(client, home.Id, staff.Id);
        var withPost = await (await client.PostJsonAsync($"/api/v1/organs/staff/{staff.Id}/concurrent-posts", new { organId = other.Id, postTitle = "兼任", startedOn = "2021-01-01" }))
            .ReadAsync<StaffMemberResponse>();
        var second = await OfficeAsync(client, other.Id, staff.Id, area: 10m);
        Assert.True(second.IsSecondOffice);
        var post = withPost.Posts.Single(p => !p.IsPrimary);
        await (await client.PostJsonAsync($"/api/v1/organs/staff/{staff.Id}/concurrent-posts/{post.Id}/end", new { endedOn = "2026-12-31" })).ReadAsync<StaffMemberResponse>();

        var recovery = Assert.Single(await CasesAsync(client, staff.Id, 1));
        Assert.Equal(RecoveryReason.ConcurrentPostEnded, recovery.Reason);
        Assert.Equal(second.Id, recovery.AssignmentId);
        Assert.NotEqual(first.Id, recovery.AssignmentId);
        Assert.Equal(new DateOnly(2027, 2, 28), recovery.DueOn); // 31 December + 2 months clamps to 28 February
        Assert.False(recovery.Overdue);
        time.Advance(TimeSpan.FromDays(1));
        Assert.True(await ListedOverdueAsync(client, recovery.Id));
        // B6 as a violation: swept on the due date nothing, the day after an overdue case citing B6.
        var sweeper = factory.Services.GetRequiredService<ViolationSweeper>();
        await sweeper.RunAsync(new DateOnly(2027, 2, 28), CancellationToken.None);
        Assert.DoesNotContain(await OpenViolationsAsync(factory), v => v.Violation.SubjectId == recovery.Id);
        await sweeper.RunAsync(new DateOnly(2027, 3, 1), CancellationToken.None);
        var overdue = Assert.Single(await OpenViolationsAsync(factory), v => v.Violation.SubjectId == recovery.Id);
        Assert.Equal(("buildings.overdue-recovery", "B6"), (overdue.Violation.Kind, overdue.Violation.RuleId));
    }

    [ProviderFact]
    public async Task A_redelivered_retirement_opens_each_case_once_and_the_deadline_is_rule_data()
    {
        var (client, _, factory) = FakeTimeHost();
        var setup = new BuildingsSetup(client);
        var organ = await setup.OrganAsync();
        var staff = await StaffAsync(client, organ.Id);
        var office = await OfficeAsync(client, organ.Id, staff.Id);
        // The city allows 2 months from 2027-06-01 (a fictitious local rule, for the test).
        await (await client.PostJsonAsync(BuildingsSetup.Root + "/deadline-rules", new
        {
            jurisdiction = "320100", code = "OfficeRecovery", months = 2, effectiveFrom = "2027-06-01", source = "测试：市级细则",
        })).ReadAsync<DeadlineRuleResponse>(HttpStatusCode.Created);

        var retired = new StaffRetired(Guid.NewGuid(), DateTimeOffset.UtcNow, staff.Id, organ.Id, new DateOnly(2027, 5, 31));
        for (var delivery = 0; delivery < 3; delivery++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().SetSystem();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(retired);
        }
        var recovery = Assert.Single(await CasesAsync(client, staff.Id, 1));
        Assert.Equal(office.Id, recovery.AssignmentId);
        Assert.Equal(new DateOnly(2027, 6, 30), recovery.DueOn); // the national 1 month: the local rule starts the day after
        Assert.Equal(1, await fixture.CountAsync("buildings_recovery_case", "event_id = @Id", new { Id = retired.EventId }));

        var later = retired with { EventId = Guid.NewGuid(), EffectiveOn = new DateOnly(2027, 6, 1) };
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().SetSystem();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(later);
        }
        var cases = await CasesAsync(client, staff.Id, 2);
        Assert.Contains(cases, c => c.DueOn == new DateOnly(2027, 8, 1));
    }

    private Task<long> ViolationEventsAsync(string type, string kind, Guid subject) =>
        fixture.CountAsync("shared_outbox", "type = @Type AND payload LIKE @Subject AND payload LIKE @Kind",
            new { Type = $"OrganAffairs.Contracts.Violations.{type}", Subject = $"%{subject:D}%", Kind = $"%{kind}%" });

    /// <summary>The backfill query, paged to the end, as a consumer sends it.</summary>
    private static async Task<List<OpenViolation>> OpenViolationsAsync(WebApplicationFactory<Program> host)
    {
        var all = new List<OpenViolation>();
        Guid? after = null;
        do
        {
            await using var scope = host.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().SetSystem();
            var page = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListOpenBuildingsViolations(after, 100));
            all.AddRange(page.Items);
            after = page.NextAfter;
        }
        while (after is not null);
        return all;
    }

    [ProviderFact]
    public async Task Over_standard_and_over_approved_area_exceptions_open_violations_that_vacating_closes()
    {
        var client = fixture.Client;
        var setup = new BuildingsSetup(client);
        var organ = await setup.OrganAsync();
        var staff = await StaffAsync(client, organ.Id); // BureauDeputy: 18 m²
        var (room, _) = await AllocatedRoomAsync(client, organ.Id, 18.01m);
        var office = await (await client.PostJsonAsync(BuildingsSetup.Root + "/assignments", new
        {
            roomId = room.Id, staffMemberId = staff.Id, startedOn = "2020-01-01", exceptionApprovalReference = "例外〔2020〕2号",
        })).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        var recovery = Assert.Single(await CasesAsync(client, staff.Id, 1));
        Assert.Equal(1, await ViolationEventsAsync("ViolationOpened", "buildings.over-standard-office", office.Id));
        var opened = Assert.Single(await OpenViolationsAsync(fixture.Factory), v => v.Violation.SubjectId == office.Id && v.Violation.Kind == "buildings.over-standard-office");
        Assert.Equal(("B1", organ.Id, "320100"), (opened.Violation.RuleId, opened.Violation.OrganId, opened.Violation.DivisionCode));
        Assert.NotNull(opened.Violation.RuleVersionId);
        Assert.Equal((new DateOnly(2020, 1, 1), (DateOnly?)recovery.DueOn), (opened.OpenedOn, opened.DueOn));
        // Vacating the office closes the case and the violation.
        await (await client.PostJsonAsync($"{BuildingsSetup.Root}/assignments/{office.Id}/release", new { releasedOn = "2020-01-20", reason = "腾退" })).ReadAsync<AssignmentResponse>();
        Assert.Equal(1, await ViolationEventsAsync("ViolationClosed", "buildings.over-standard-office", office.Id));
        Assert.DoesNotContain(await OpenViolationsAsync(fixture.Factory), v => v.Violation.SubjectId == office.Id);

        // Organ level: an allocation kept above the approved area.
        var other = await setup.OrganAsync();
        var approved = await (await client.PostJsonAsync(BuildingsSetup.Root + "/approved-areas",
            new { organId = other.Id, officeArea = 10.00m, approvalReference = "编办〔2020〕1号", effectiveFrom = "2020-01-01" })).ReadAsync<ApprovedAreaResponse>(HttpStatusCode.Created);
        var (_, allocation) = await AllocatedRoomAsync(client, other.Id, 10.01m, "例外〔2020〕3号");
        var organLevel = Assert.Single(await OpenViolationsAsync(fixture.Factory), v => v.Violation.SubjectId == allocation.Id);
        Assert.Equal(("buildings.over-approved-area", "B8", approved.Id), (organLevel.Violation.Kind, organLevel.Violation.RuleId, organLevel.Violation.RuleVersionId));
        await (await client.PostJsonAsync($"{BuildingsSetup.Root}/allocations/{allocation.Id}/release", new { releasedOn = "2020-01-31", reason = "收回" })).ReadAsync<AllocationResponse>();
        Assert.Equal(1, await ViolationEventsAsync("ViolationClosed", "buildings.over-approved-area", allocation.Id));
        Assert.DoesNotContain(await OpenViolationsAsync(fixture.Factory), v => v.Violation.SubjectId == allocation.Id);
    }

    [ProviderFact]
    public async Task An_overdue_recovery_case_is_a_violation_found_once_by_the_sweep_and_closed_with_the_case()
    {
        var (client, _, factory) = FakeTimeHost();
        var (staff, office) = await TransferredOnJanuary31Async(client);
        var recovery = Assert.Single(await CasesAsync(client, staff.Id, 1));
        var sweeper = factory.Services.GetRequiredService<ViolationSweeper>();
        // On the due date: not yet.
        await sweeper.RunAsync(new DateOnly(2027, 2, 28), CancellationToken.None);
        Assert.Equal(0, await ViolationEventsAsync("ViolationOpened", "buildings.overdue-recovery", recovery.Id));
        // The day after, swept twice: opened once.
        await sweeper.RunAsync(new DateOnly(2027, 3, 1), CancellationToken.None);
        await sweeper.RunAsync(new DateOnly(2027, 3, 2), CancellationToken.None);
        Assert.Equal(1, await ViolationEventsAsync("ViolationOpened", "buildings.overdue-recovery", recovery.Id));
        var overdue = Assert.Single(await OpenViolationsAsync(factory), v => v.Violation.SubjectId == recovery.Id);
        Assert.Equal(("buildings.overdue-recovery", "B7", (Guid?)recovery.RuleId), (overdue.Violation.Kind, overdue.Violation.RuleId, overdue.Violation.RuleVersionId));
        Assert.Equal(new DateOnly(2027, 3, 1), overdue.OpenedOn);
        // Vacating the office closes the case and the violation.
        await (await client.PostJsonAsync($"{BuildingsSetup.Root}/assignments/{office.Id}/release", new { releasedOn = "2027-03-02", reason = "调离腾退" })).ReadAsync<AssignmentResponse>();
        Assert.Equal(1, await ViolationEventsAsync("ViolationClosed", "buildings.overdue-recovery", recovery.Id));
        Assert.DoesNotContain(await OpenViolationsAsync(factory), v => v.Violation.SubjectId == recovery.Id);
        await sweeper.RunAsync(new DateOnly(2027, 3, 3), CancellationToken.None);
        Assert.Equal(1, await ViolationEventsAsync("ViolationOpened", "buildings.overdue-recovery", recovery.Id));
    }

    [ProviderFact]
    public async Task The_yearly_publication_and_filing_are_due_by_rule_data_listed_late_and_a_late_one_is_a_violation_until_submitted()
    {
        var (client, time, factory) = FakeTimeHost(); // business date 2027-02-28
        var setup = new BuildingsSetup(client);
        const string Submissions = BuildingsSetup.Root + "/annual-submissions";
        var prompt = await setup.OrganAsync();
        var tardy = await setup.OrganAsync();
        foreach (var organ in new[] { prompt, tardy })
        {
            await AllocatedRoomAsync(client, organ.Id);
        }
        Task<List<AnnualSubmissionResponse>> ListAsync(Guid organId, string extra = "") =>
            client.GetAsync($"{Submissions}?year=2026&organId={organId}{extra}").ContinueWith(r => r.Result.ReadAsync<List<AnnualSubmissionResponse>>()).Unwrap();
        var pending = await ListAsync(prompt.Id);
        Assert.Equal([AnnualObligation.Publication, AnnualObligation.Filing], pending.Select(p => p.Kind));
        Assert.All(pending, p => Assert.Equal((SubmissionStatus.Pending, new DateOnly(2027, 3, 31)), (p.Status, p.DueOn)));
        var rules = await (await client.GetAsync(BuildingsSetup.Root + "/deadline-rules")).ReadAsync<List<DeadlineRuleResponse>>();
        Assert.Equal(DeadlineRuleCode.FilingDue, rules.Single(r => r.Id == pending[1].DueRuleId).Code);

        object Submit(Guid organId, string kind = "Filing", int year = 2026, string reference = "备〔2027〕1号") => new { organId, year, kind, reference };
        var filed = await (await client.PostJsonAsync(Submissions, Submit(prompt.Id))).ReadAsync<AnnualSubmissionResponse>(HttpStatusCode.Created);
        Assert.Equal((SubmissionStatus.Submitted, (DateOnly?)new DateOnly(2027, 2, 28)), (filed.Status, filed.SubmittedOn));
        Assert.Equal(1, await fixture.CountAsync("shared_audit", "entity_id = @Id", new { Id = filed.SubmissionId }));
        await (await client.PostJsonAsync(Submissions, Submit(prompt.Id))).ProblemAsync(HttpStatusCode.Conflict, "buildings.already-submitted");
        // Bad input: 400, nothing written.
        Assert.Contains("year:field.out-of-range", (await (await client.PostJsonAsync(Submissions, Submit(prompt.Id, year: 2028))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await client.PostJsonAsync(Submissions, Submit(prompt.Id, reference: ""))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("kind:request.enum-invalid", (await (await client.PostJsonAsync(Submissions, Submit(prompt.Id, kind: "Report"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("organId:buildings.organ-ref-not-found", (await (await client.PostJsonAsync(Submissions, Submit(Guid.NewGuid()))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await client.GetAsync($"{Submissions}?year=1999")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal(1, await fixture.CountAsync("buildings_annual_submission", "organ_id = @Id", new { prompt.Id }));

        // The due date itself is not late; the day after, what is missing is on the late list and, once swept, a violation.
        var sweeper = factory.Services.GetRequiredService<ViolationSweeper>();
        await sweeper.RunAsync(new DateOnly(2027, 3, 31), CancellationToken.None);
        Assert.Equal(0, await ViolationEventsAsync("ViolationOpened", "buildings.late-filing", tardy.Id));
        time.Advance(TimeSpan.FromDays(32)); // 2027-04-01
        Assert.Equal([AnnualObligation.Publication, AnnualObligation.Filing], (await ListAsync(tardy.Id, "&status=Late")).Select(p => p.Kind));
        Assert.Equal([AnnualObligation.Publication], (await ListAsync(prompt.Id, "&status=Late")).Select(p => p.Kind));
        await sweeper.RunAsync(new DateOnly(2027, 4, 1), CancellationToken.None);
        await sweeper.RunAsync(new DateOnly(2027, 4, 2), CancellationToken.None);
        Assert.Equal(1, await ViolationEventsAsync("ViolationOpened", "buildings.late-filing", tardy.Id));
        var late = Assert.Single(await OpenViolationsAsync(factory), v => v.Violation.OrganId == tardy.Id && v.Violation.Kind == "buildings.late-filing");
        Assert.Equal(("B9", new DateOnly(2027, 4, 1)), (late.Violation.RuleId, late.OpenedOn));
        var lateFiling = await (await client.PostJsonAsync(Submissions, Submit(tardy.Id))).ReadAsync<AnnualSubmissionResponse>(HttpStatusCode.Created);
        Assert.Equal(SubmissionStatus.SubmittedLate, lateFiling.Status);
        Assert.Equal(1, await ViolationEventsAsync("ViolationClosed", "buildings.late-filing", tardy.Id));
        Assert.DoesNotContain(await OpenViolationsAsync(factory), v => v.Violation.OrganId == tardy.Id && v.Violation.Kind == "buildings.late-filing");
    }

    [ProviderFact]
    public async Task Bad_input_to_recovery_endpoints_is_refused()
    {
        var (client, _, _) = FakeTimeHost();
        await (await client.GetAsync($"{Cases}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "buildings.recovery-case-not-found");
        Assert.Contains("status:request.enum-invalid", (await (await client.GetAsync($"{Cases}?status=Pending")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await client.GetAsync($"{Cases}?overdue=maybe")).ProblemAsync(HttpStatusCode.BadRequest, "request.parameter-invalid");
        var badCode = await (await client.PostJsonAsync(BuildingsSetup.Root + "/deadline-rules", new { jurisdiction = "national", code = "Parking", months = 1, effectiveFrom = "2030-01-01", source = "x" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("code:request.enum-invalid", badCode.FieldErrors());
        await (await client.PostJsonAsync(BuildingsSetup.Root + "/deadline-rules", new { jurisdiction = "national", code = "OfficeRecovery", months = 0, effectiveFrom = "2030-01-01", source = "x" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await client.PostJsonAsync(BuildingsSetup.Root + "/deadline-rules", new { jurisdiction = "national", code = "OfficeRecovery", months = 1, effectiveFrom = "2017-12-05", source = "x" }))
            .ProblemAsync(HttpStatusCode.Conflict, "buildings.deadline-rule-version-exists");
        var rules = await (await client.GetAsync(BuildingsSetup.Root + "/deadline-rules")).ReadAsync<List<DeadlineRuleResponse>>();
        Assert.Contains(rules, r => r.Code == DeadlineRuleCode.OfficeRecovery && r.Months == 1 && r.Jurisdiction == "national");
        // The measures took effect on 2017-12-05, not on 1 January 2017.
        Assert.All(rules.Where(r => r.Jurisdiction == "national"), r => Assert.Equal(new DateOnly(2017, 12, 5), r.EffectiveFrom));
        Assert.Contains(rules, r => r.Code == DeadlineRuleCode.SecondOfficeRecovery && r.Months == 2);
        Assert.Contains(rules, r => r.Code == DeadlineRuleCode.OverStandardRecovery && r.Jurisdiction == "national" && r.Source.Contains("未确认"));
    }
}
