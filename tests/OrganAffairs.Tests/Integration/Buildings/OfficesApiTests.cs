using System.Net;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.Buildings;

public abstract class BuildingsOfficesApiTests(ApiFixture fixture)
{
    private const string Assignments = BuildingsSetup.Root + "/assignments";
    private const string Findings = BuildingsSetup.Root + "/findings/staff-offices";
    private HttpClient Client => fixture.Client;
    private BuildingsSetup Setup => new(Client);

    private async Task<StaffMemberResponse> StaffAsync(Guid organId, string rank = "BureauPrincipal") =>
        await (await Client.PostJsonAsync("/api/v1/organs/staff", new { name = "王局长", organId, rankCode = rank, postTitle = "局长", startedOn = "2020-01-01" }))
            .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created);

    private async Task<RoomResponse> AllocatedOfficeAsync(Guid organId, decimal area, string type = "Office")
    {
        var floor = await Setup.FloorAsync((await Setup.BuildingAsync()).Id);
        var room = await Setup.RoomAsync(floor.Id, type: type, area: area);
        await (await Client.PostJsonAsync(BuildingsSetup.Root + "/allocations", new
        {
            roomId = room.Id, organId, route = "Construction", agreementNumber = "协议1", certificateNumber = "凭证1", effectiveFrom = "2020-01-01",
        })).ReadAsync<AllocationResponse>(HttpStatusCode.Created);
        return room;
    }

    private Task<HttpResponseMessage> AssignAsync(Guid roomId, Guid staffId, string startedOn = "2020-01-01", string? exceptionApprovalReference = null) =>
        Client.PostJsonAsync(Assignments, new { roomId, staffMemberId = staffId, startedOn, exceptionApprovalReference });

    private Task<HttpResponseMessage> AssignSecondAsync(Guid roomId, Guid staffId, string rank = "BureauPrincipal", string startedOn = "2020-01-01") =>
        Client.PostJsonAsync(Assignments, new
        {
            roomId, staffMemberId = staffId, startedOn, concurrentPostRankCode = rank, secondOfficeReason = "兼职单位距主要任职单位约 35 公里，每周到兼职单位工作 2 天",
            secondOfficeApprovalReference = "机关事务〔2020〕9号",
        });

    private async Task AddConcurrentPostAsync(Guid staffId, Guid organId) =>
        await (await Client.PostJsonAsync($"/api/v1/organs/staff/{staffId}/concurrent-posts", new { organId, postTitle = "兼任主任", startedOn = "2019-01-01" }))
            .ReadAsync<StaffMemberResponse>();

    private async Task<StaffOfficeFinding> FindingAsync(Guid organId, Guid staffId, string on = "2026-06-01") =>
        (await (await Client.GetAsync($"{Findings}?organId={organId}&overOnly=false&on={on}")).ReadAsync<List<StaffOfficeFinding>>()).Single(f => f.StaffMemberId == staffId);

    [ProviderFact]
    public async Task A_municipal_bureau_principal_is_within_at_24_00_and_over_at_24_01()
    {
        var organ = await Setup.OrganAsync();
        var within = await StaffAsync(organ.Id);
        var over = await StaffAsync(organ.Id);
        var atStandard = await (await AssignAsync((await AllocatedOfficeAsync(organ.Id, 24.00m)).Id, within.Id)).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        Assert.False(atStandard.OverStandard);
        Assert.Null(atStandard.ExceptionApprovalReference);
        // Just outside: refused citing the standard, nothing written.
        var bigRoom = await AllocatedOfficeAsync(organ.Id, 24.01m);
        var refused = await (await AssignAsync(bigRoom.Id, over.Id)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "buildings.over-standard");
        Assert.Contains("24.01 m² > 24.00 m²", refused.GetProperty("detail").GetString());
        Assert.Contains("2674", refused.GetProperty("detail").GetString());
        Assert.Equal(0, await fixture.CountAsync("buildings_assignment", "staff_member_id = @Id", new { over.Id }));
        Assert.Equal(0, await fixture.CountAsync("buildings_recovery_case", "staff_member_id = @Id", new { over.Id }));
        // With an approved exception: recorded, flagged, and a recovery case opened with the rule-table deadline.
        var excepted = await (await AssignAsync(bigRoom.Id, over.Id, exceptionApprovalReference: "机关事务〔2020〕1号")).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        Assert.True(excepted.OverStandard);
        Assert.Equal("机关事务〔2020〕1号", excepted.ExceptionApprovalReference);
        var cases = await (await Client.GetAsync($"{BuildingsSetup.Root}/recovery-cases?staffMemberId={over.Id}")).ReadAsync<PagedResult<RecoveryCaseResponse>>();
        var opened = Assert.Single(cases.Items);
        Assert.Equal(RecoveryReason.OverStandard, opened.Reason);
        Assert.Equal(excepted.Id, opened.AssignmentId);
        Assert.Equal(new DateOnly(2020, 1, 1), opened.EffectiveOn);
        Assert.Equal(new DateOnly(2020, 2, 1), opened.DueOn);
        var rule = (await (await Client.GetAsync(BuildingsSetup.Root + "/deadline-rules")).ReadAsync<List<DeadlineRuleResponse>>())
            .Single(r => r.Id == opened.RuleId);
        Assert.Equal(DeadlineRuleCode.OverStandardRecovery, rule.Code);
        Assert.Equal(1, await fixture.CountAsync("shared_audit", "entity_id = @Id", new { excepted.Id }));
        Assert.Equal(1, await fixture.CountAsync("shared_audit", "entity_id = @Id", new { opened.Id }));

        var a = await FindingAsync(organ.Id, within.Id);
        Assert.Equal(24.00m, a.EntitledArea);
        Assert.Equal(24.00m, a.OccupiedArea);
        Assert.False(a.OverStandard);
        Assert.Contains("2674", a.StandardSource);
        Assert.Equal(new DateOnly(2014, 12, 1), a.StandardEffectiveFrom);
        Assert.Null(a.ExceptionApprovalReference);
        var b = await FindingAsync(organ.Id, over.Id);
        Assert.Equal(24.01m, b.OccupiedArea);
        Assert.True(b.OverStandard);
        Assert.Equal("机关事务〔2020〕1号", b.ExceptionApprovalReference);
        var overOnly = await (await Client.GetAsync($"{Findings}?organId={organ.Id}&on=2026-06-01")).ReadAsync<List<StaffOfficeFinding>>();
        Assert.Equal([over.Id], overOnly.Select(f => f.StaffMemberId));
    }

    [ProviderFact]
    public async Task An_exception_reference_is_checked_and_not_recorded_on_an_office_within_the_standard()
    {
        var organ = await Setup.OrganAsync();
        var staff = await StaffAsync(organ.Id);
        var room = await AllocatedOfficeAsync(organ.Id, 30m);
        var blank = await (await AssignAsync(room.Id, staff.Id, exceptionApprovalReference: "")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("exceptionApprovalReference:field.required", blank.FieldErrors());
        var tooLong = await (await AssignAsync(room.Id, staff.Id, exceptionApprovalReference: new string('号', 101))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("exceptionApprovalReference:field.too-long", tooLong.FieldErrors());
        Assert.Equal(0, await fixture.CountAsync("buildings_assignment", "staff_member_id = @Id", new { staff.Id }));
        var within = await (await AssignAsync((await AllocatedOfficeAsync(organ.Id, 24m)).Id, staff.Id, exceptionApprovalReference: "不需要")).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        Assert.False(within.OverStandard);
        Assert.Null(within.ExceptionApprovalReference);
        Assert.Equal(0, await fixture.CountAsync("buildings_recovery_case", "staff_member_id = @Id", new { staff.Id }));
    }

    [ProviderFact]
    public async Task A_shared_office_splits_its_area_equally()
    {
        var organ = await Setup.OrganAsync();
        var room = await AllocatedOfficeAsync(organ.Id, 48.02m);
        var first = await StaffAsync(organ.Id);
        var second = await StaffAsync(organ.Id);
        await (await AssignAsync(room.Id, first.Id)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "buildings.over-standard");
        await (await AssignAsync(room.Id, first.Id, exceptionApprovalReference: "批准1")).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        Assert.True((await FindingAsync(organ.Id, first.Id)).OverStandard);
        // The second occupant's share, 24.01 m², is still over the 24 m² standard.
        await (await AssignAsync(room.Id, second.Id)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "buildings.over-standard");
        await (await AssignAsync(room.Id, second.Id, exceptionApprovalReference: "批准2")).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        var f = await FindingAsync(organ.Id, first.Id);
        Assert.Equal(2, f.Occupants);
        Assert.Equal(24.01m, f.OccupiedArea);
        Assert.True(f.OverStandard);
    }

    [ProviderFact]
    public async Task A_finding_uses_the_standard_version_in_force_on_its_date()
    {
        var organ = await Setup.OrganAsync();
        var staff = await StaffAsync(organ.Id, "BureauDeputy");
        await (await AssignAsync((await AllocatedOfficeAsync(organ.Id, 17.00m)).Id, staff.Id)).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        // The 2014 standard is a national ceiling: a city may lower it, never raise it (a fictitious local rule, for the test).
        var raised = await (await Client.PostJsonAsync(BuildingsSetup.Root + "/office-standards", new
        {
            jurisdiction = "320100", level = "Municipal", rankCode = "BureauDeputy", area = 18.01m, effectiveFrom = "2031-01-01", source = "测试：市级细则",
        })).ProblemAsync((HttpStatusCode)422, "rules.looser-than-ceiling");
        Assert.Equal(["area:rules.looser-than-ceiling"], raised.FieldErrors());
        var created = await (await Client.PostJsonAsync(BuildingsSetup.Root + "/office-standards", new
        {
            jurisdiction = "320100", level = "Municipal", rankCode = "BureauDeputy", area = 16.00m, effectiveFrom = "2031-01-01", source = "测试：市级细则",
        })).ReadAsync<OfficeStandardResponse>(HttpStatusCode.Created);
        var before = await FindingAsync(organ.Id, staff.Id, "2030-12-31");
        Assert.Equal(18.00m, before.EntitledArea);
        Assert.False(before.OverStandard);
        var after = await FindingAsync(organ.Id, staff.Id, "2031-01-01");
        Assert.Equal(16.00m, after.EntitledArea);
        Assert.Equal(created.Id, after.StandardVersionId);
        Assert.True(after.OverStandard);
        var inForce = await (await Client.GetAsync($"{BuildingsSetup.Root}/office-standards?level=Municipal&jurisdiction=320102&on=2031-01-01")).ReadAsync<List<OfficeStandardResponse>>();
        Assert.Equal(16.00m, inForce.Single(s => s.RankCode == "BureauDeputy").Area);
        Assert.Equal(42.00m, inForce.Single(s => s.RankCode == "MunicipalPrincipal").Area);
        await (await Client.PostJsonAsync(BuildingsSetup.Root + "/office-standards", new
        {
            jurisdiction = "320100", level = "Municipal", rankCode = "BureauDeputy", area = 16.00m, effectiveFrom = "2031-01-01", source = "重复",
        })).ProblemAsync(HttpStatusCode.Conflict, "buildings.standard-version-exists");
        await (await Client.PostJsonAsync(BuildingsSetup.Root + "/office-standards", new
        {
            jurisdiction = "32", level = "Municipal", rankCode = "BureauDeputy", area = 20.00m, effectiveFrom = "2031-01-01", source = "x",
        })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
    }

    [ProviderFact]
    public async Task A_local_standard_may_equal_the_ceiling_not_exceed_it_and_a_later_national_tightening_wins()
    {
        var organ = await Setup.OrganAsync();
        var staff = await StaffAsync(organ.Id);
        await (await AssignAsync((await AllocatedOfficeAsync(organ.Id, 22.00m)).Id, staff.Id)).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        var local = new { jurisdiction = "320100", level = "Municipal", rankCode = "BureauPrincipal", area = 24.01m, effectiveFrom = "2040-01-01", source = "测试：市级细则" };
        // Just outside the national 24.00 m²: refused, nothing written.
        var looser = await (await Client.PostJsonAsync(BuildingsSetup.Root + "/office-standards", local)).ProblemAsync((HttpStatusCode)422, "rules.looser-than-ceiling");
        Assert.Equal(["area:rules.looser-than-ceiling"], looser.FieldErrors());
        // Just inside: equal is not looser.
        var documentId = (await (await Client.PostJsonAsync("/api/v1/guidance/documents", new
        {
            title = "市级办公用房配置细则", documentNumber = "测试〔2039〕1号", issuer = "市机关事务管理局", type = "NormativeDocument", jurisdiction = "320100",
            status = "Published", trial = false, issuedOn = (string?)null, publishedOn = "2039-12-01", effectiveOn = (string?)null, expiresOn = (string?)null,
            registrationNumber = (string?)null, sourceUrl = (string?)null, supersedesId = (Guid?)null,
        })).ReadAsync<OrganAffairs.Contracts.Guidance.RuleDocumentResponse>(HttpStatusCode.Created)).Id;
        var equal = await (await Client.PostJsonAsync(BuildingsSetup.Root + "/office-standards", new
        {
            local.jurisdiction, local.level, local.rankCode, area = 24.00m, local.effectiveFrom, local.source, documentId,
        })).ReadAsync<OfficeStandardResponse>(HttpStatusCode.Created);
        Assert.Equal(documentId, equal.DocumentId);
        // The nation tightens later: the local version stays in force, but the stricter national value applies.
        var national = await (await Client.PostJsonAsync(BuildingsSetup.Root + "/office-standards", new
        {
            jurisdiction = "national", level = "Municipal", rankCode = "BureauPrincipal", area = 20.00m, effectiveFrom = "2041-01-01", source = "测试：国家标准修订",
        })).ReadAsync<OfficeStandardResponse>(HttpStatusCode.Created);
        var before = await FindingAsync(organ.Id, staff.Id, "2040-06-01");
        Assert.Equal(equal.Id, before.StandardVersionId);
        Assert.Equal(24.00m, before.EntitledArea);
        Assert.False(before.OverStandard);
        var after = await FindingAsync(organ.Id, staff.Id, "2041-06-01");
        Assert.Equal(national.Id, after.StandardVersionId);
        Assert.Equal(20.00m, after.EntitledArea);
        Assert.True(after.OverStandard);
        // The list of what applies on a date says the same.
        var applies = await (await Client.GetAsync($"{BuildingsSetup.Root}/office-standards?level=Municipal&jurisdiction=320100&on=2041-06-01")).ReadAsync<List<OfficeStandardResponse>>();
        Assert.Equal(national.Id, applies.Single(s => s.RankCode == "BureauPrincipal").Id);
    }

    [ProviderFact]
    public async Task The_seeded_2014_standard_has_the_national_values()
    {
        var all = await (await Client.GetAsync($"{BuildingsSetup.Root}/office-standards?on=2020-01-01")).ReadAsync<List<OfficeStandardResponse>>();
        Assert.Equal(23, all.Count);
        Assert.Equal(54m, all.Single(s => s.Level == AdministrativeLevel.Central && s.RankCode == "MinisterPrincipal").Area);
        Assert.Equal(30m, all.Single(s => s.Level == AdministrativeLevel.Provincial && s.RankCode == "DepartmentPrincipal").Area);
        Assert.Equal(9m, all.Single(s => s.Level == AdministrativeLevel.County && s.RankCode == "BelowSection").Area);
        Assert.Empty(await (await Client.GetAsync($"{BuildingsSetup.Root}/office-standards?on=2014-11-30")).ReadAsync<List<OfficeStandardResponse>>());
    }

    [ProviderFact]
    public async Task A_second_office_needs_a_concurrent_post_and_must_be_smaller_and_a_third_is_refused()
    {
        var home = await Setup.OrganAsync();
        var other = await Setup.OrganAsync();
        var third = await Setup.OrganAsync();
        var staff = await StaffAsync(home.Id);
        await (await AssignAsync((await AllocatedOfficeAsync(home.Id, 24m)).Id, staff.Id)).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        // Another office in the home organ: refused.
        await (await AssignAsync((await AllocatedOfficeAsync(home.Id, 10m)).Id, staff.Id)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "buildings.second-office-needs-concurrent-post");
        // An office in another organ without a concurrent post there: not the member's organ.
        var otherSmall = await AllocatedOfficeAsync(other.Id, 23.99m);
        await (await AssignAsync(otherSmall.Id, staff.Id)).ProblemAsync(HttpStatusCode.Conflict, "buildings.room-not-allocated-to-organ");

        await AddConcurrentPostAsync(staff.Id, other.Id);
        await AddConcurrentPostAsync(staff.Id, third.Id);
        var otherAtStandard = await AllocatedOfficeAsync(other.Id, 24.00m);
        await (await AssignSecondAsync(otherAtStandard.Id, staff.Id)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "buildings.second-office-not-smaller");
        var second = await (await AssignSecondAsync(otherSmall.Id, staff.Id)).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        Assert.True(second.IsSecondOffice);
        Assert.Equal(other.Id, second.OrganId);
        var tooMany = await (await AssignSecondAsync((await AllocatedOfficeAsync(third.Id, 9m)).Id, staff.Id)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "buildings.third-office");
        Assert.Contains("第十九条", tooMany.GetProperty("detail").GetString());
        await (await AssignAsync(otherSmall.Id, staff.Id)).ProblemAsync(HttpStatusCode.Conflict, "buildings.already-assigned");
        Assert.Equal(2, await fixture.CountAsync("buildings_assignment", "staff_member_id = @Id", new { staff.Id }));
    }

    [ProviderFact]
    public async Task A_second_office_records_its_reason_and_approval_and_stays_below_the_concurrent_post_rank_standard()
    {
        var home = await Setup.OrganAsync();
        var other = await Setup.OrganAsync();
        var staff = await StaffAsync(home.Id); // BureauPrincipal: 24 m² in the own organ
        await (await AssignAsync((await AllocatedOfficeAsync(home.Id, 24m)).Id, staff.Id)).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        await AddConcurrentPostAsync(staff.Id, other.Id);
        var small = await AllocatedOfficeAsync(other.Id, 17.99m);
        // Without the post's rank, the reason and the approval: 422 naming what is missing, nothing written.
        var incomplete = await (await AssignAsync(small.Id, staff.Id)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "buildings.second-office-incomplete");
        Assert.Equal("concurrentPostRankCode, secondOfficeReason, secondOfficeApprovalReference", incomplete.GetProperty("detail").GetString());
        var noApproval = await (await Client.PostJsonAsync(Assignments, new
        {
            roomId = small.Id, staffMemberId = staff.Id, startedOn = "2020-01-01", concurrentPostRankCode = "BureauDeputy", secondOfficeReason = "距离较远",
        })).ProblemAsync(HttpStatusCode.UnprocessableEntity, "buildings.second-office-incomplete");
        Assert.Equal("secondOfficeApprovalReference", noApproval.GetProperty("detail").GetString());
        var blank = await (await Client.PostJsonAsync(Assignments, new
        {
            roomId = small.Id, staffMemberId = staff.Id, startedOn = "2020-01-01", concurrentPostRankCode = "BureauDeputy", secondOfficeReason = "", secondOfficeApprovalReference = new string('号', 101),
        })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("secondOfficeReason:field.required", blank.FieldErrors());
        Assert.Contains("secondOfficeApprovalReference:field.too-long", blank.FieldErrors());
        await (await AssignSecondAsync(small.Id, staff.Id, rank: "NoSuchRank")).ProblemAsync(HttpStatusCode.UnprocessableEntity, "buildings.no-standard-in-force");
        // The limit is the concurrent post's rank (BureauDeputy, 18 m²), not the person's own (24 m²): 18.00 is not smaller.
        var atDeputy = await AllocatedOfficeAsync(other.Id, 18.00m);
        var notSmaller = await (await AssignSecondAsync(atDeputy.Id, staff.Id, rank: "BureauDeputy")).ProblemAsync(HttpStatusCode.UnprocessableEntity, "buildings.second-office-not-smaller");
        Assert.Contains("18.00 m² ≥ 18.00 m² BureauDeputy", notSmaller.GetProperty("detail").GetString());
        Assert.Equal(1, await fixture.CountAsync("buildings_assignment", "staff_member_id = @Id", new { staff.Id }));
        var second = await (await AssignSecondAsync(small.Id, staff.Id, rank: "BureauDeputy")).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        Assert.True(second.IsSecondOffice);
        Assert.Equal("BureauDeputy", second.ConcurrentPostRankCode);
        Assert.Equal("机关事务〔2020〕9号", second.SecondOfficeApprovalReference);
        Assert.StartsWith("兼职单位距主要任职单位", second.SecondOfficeReason);
        Assert.Equal(1, await fixture.CountAsync("shared_audit", "entity_id = @Id", new { second.Id }));
        var stored = await (await Client.GetAsync($"{Assignments}/{second.Id}")).ReadAsync<AssignmentResponse>();
        Assert.Equal("BureauDeputy", stored.ConcurrentPostRankCode);
    }

    [ProviderFact]
    public async Task The_office_counts_are_rule_data_a_local_rule_may_only_lower_them_and_none_before_the_measures()
    {
        var rules = await (await Client.GetAsync(BuildingsSetup.Root + "/office-count-rules")).ReadAsync<List<OfficeCountRuleResponse>>();
        var national = Assert.Single(rules, r => r.Jurisdiction == "national");
        Assert.Equal((1, 2), (national.PrimaryOrganOffices, national.MaxOffices));
        Assert.Equal(new DateOnly(2017, 12, 5), national.EffectiveFrom);
        Assert.Contains("第十九条", national.Source);
        object Local(int primary, int max, string from = "2035-01-01") => new { jurisdiction = "320100", primaryOrganOffices = primary, maxOffices = max, effectiveFrom = from, source = "测试：市级细则" };
        var looser = await (await Client.PostJsonAsync(BuildingsSetup.Root + "/office-count-rules", Local(1, 3))).ProblemAsync((HttpStatusCode)422, "rules.looser-than-ceiling");
        Assert.Equal(["maxOffices:rules.looser-than-ceiling"], looser.FieldErrors());
        await (await Client.PostJsonAsync(BuildingsSetup.Root + "/office-count-rules", Local(2, 1))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var local = await (await Client.PostJsonAsync(BuildingsSetup.Root + "/office-count-rules", Local(1, 1))).ReadAsync<OfficeCountRuleResponse>(HttpStatusCode.Created);
        Assert.Equal(1, await fixture.CountAsync("shared_audit", "entity_id = @Id", new { local.Id }));
        await (await Client.PostJsonAsync(BuildingsSetup.Root + "/office-count-rules", Local(1, 1))).ProblemAsync(HttpStatusCode.Conflict, "buildings.office-count-rule-version-exists");
        // A later version ends the one in force the day before it starts.
        var later = await (await Client.PostJsonAsync(BuildingsSetup.Root + "/office-count-rules", Local(1, 1, "2036-01-01"))).ReadAsync<OfficeCountRuleResponse>(HttpStatusCode.Created);
        var versions = await (await Client.GetAsync(BuildingsSetup.Root + "/office-count-rules")).ReadAsync<List<OfficeCountRuleResponse>>();
        Assert.Equal(new DateOnly(2035, 12, 31), Assert.Single(versions, r => r.Id == local.Id).EffectiveTo);
        Assert.Null(Assert.Single(versions, r => r.Id == later.Id).EffectiveTo);

        var home = await Setup.OrganAsync();
        var other = await Setup.OrganAsync();
        var staff = await StaffAsync(home.Id);
        await AddConcurrentPostAsync(staff.Id, other.Id);
        // Before the measures' date no count rule is in force: refused, not guessed.
        await (await AssignAsync((await AllocatedOfficeAsync(home.Id, 20m)).Id, staff.Id, startedOn: "2017-12-04"))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "buildings.no-office-count-rule-in-force");
        await (await AssignAsync((await AllocatedOfficeAsync(home.Id, 20m)).Id, staff.Id, startedOn: "2017-12-05")).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        var room = await AllocatedOfficeAsync(other.Id, 10m);
        // Under the local rule (one office in all) the second office is refused; the day before, it is allowed.
        var refused = await (await AssignSecondAsync(room.Id, staff.Id, startedOn: "2035-01-01")).ProblemAsync(HttpStatusCode.UnprocessableEntity, "buildings.third-office");
        Assert.StartsWith("1 (测试：市级细则, 2035-01-01)", refused.GetProperty("detail").GetString());
        await (await AssignSecondAsync(room.Id, staff.Id, startedOn: "2034-12-31")).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
    }

    [ProviderFact]
    public async Task Parallel_offices_for_one_person_through_two_hosts_give_exactly_one()
    {
        var organ = await Setup.OrganAsync();
        var staff = await StaffAsync(organ.Id);
        var rooms = new List<RoomResponse>();
        for (var i = 0; i < 6; i++)
        {
            rooms.Add(await AllocatedOfficeAsync(organ.Id, 20m));
        }
        var other = fixture.ClientFor(fixture.CreateFactory());
        var responses = await Task.WhenAll(rooms.Select((r, i) => (i % 2 == 0 ? Client : other).PostJsonAsync(Assignments, new { roomId = r.Id, staffMemberId = staff.Id, startedOn = "2020-01-01" })));
        var statuses = string.Join(",", responses.Select(r => (int)r.StatusCode));
        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.Created) == 1, statuses);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.True(r.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity, statuses));
        Assert.Equal(1, await fixture.CountAsync("buildings_assignment", "staff_member_id = @Id", new { staff.Id }));
    }

    [ProviderFact]
    public async Task An_ordinary_organ_sees_its_own_offices_and_findings_only()
    {
        var mine = await Setup.OrganAsync();
        var theirs = await Setup.OrganAsync();
        var myStaff = await StaffAsync(mine.Id);
        var theirStaff = await StaffAsync(theirs.Id);
        var own = await (await AssignAsync((await AllocatedOfficeAsync(mine.Id, 30m)).Id, myStaff.Id, exceptionApprovalReference: "批准")).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        var their = await (await AssignAsync((await AllocatedOfficeAsync(theirs.Id, 30m)).Id, theirStaff.Id, exceptionApprovalReference: "批准")).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        var key = await (await Client.PostJsonAsync("/api/v1/access/api-keys", new { name = "单位", organId = mine.Id, scopes = new[] { "buildings.read", "buildings.write" } }))
            .ReadAsync<OrganAffairs.Contracts.Access.IssuedApiKeyResponse>(HttpStatusCode.Created);
        var client = fixture.ClientFor(fixture.Factory, key.Key);
        Assert.Equal(own.Id, (await (await client.GetAsync($"{Assignments}/{own.Id}")).ReadAsync<AssignmentResponse>()).Id);
        await (await client.GetAsync($"{Assignments}/{their.Id}")).ProblemAsync(HttpStatusCode.NotFound, "buildings.assignment-not-found");
        await (await client.PostJsonAsync($"{Assignments}/{their.Id}/release", new { releasedOn = "2026-01-01", reason = "x" })).ProblemAsync(HttpStatusCode.NotFound, "buildings.assignment-not-found");
        Assert.Equal(0, (await (await client.GetAsync($"{Assignments}?organId={theirs.Id}")).ReadAsync<PagedResult<AssignmentResponse>>()).TotalCount);
        var findings = await (await client.GetAsync($"{Findings}?overOnly=false&on=2026-06-01")).ReadAsync<List<StaffOfficeFinding>>();
        Assert.All(findings, f => Assert.Equal(mine.Id, f.OrganId));
        Assert.Contains(findings, f => f.StaffMemberId == myStaff.Id);
        // Their staff member is an unknown reference to us.
        Assert.Contains("staffMemberId:buildings.staff-ref-not-found",
            (await (await client.PostJsonAsync(Assignments, new { roomId = own.RoomId, staffMemberId = theirStaff.Id, startedOn = "2020-01-01" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await client.PostJsonAsync(BuildingsSetup.Root + "/office-standards", new
        {
            jurisdiction = "national", level = "Municipal", rankCode = "BureauDeputy", area = 20m, effectiveFrom = "2040-01-01", source = "x",
        })).ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }

    [ProviderFact]
    public async Task Releasing_an_allocation_vacates_its_offices()
    {
        var organ = await Setup.OrganAsync();
        var staff = await StaffAsync(organ.Id);
        var room = await AllocatedOfficeAsync(organ.Id, 20m);
        var assignment = await (await AssignAsync(room.Id, staff.Id)).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        var allocation = (await (await Client.GetAsync($"{BuildingsSetup.Root}/allocations?roomId={room.Id}")).ReadAsync<PagedResult<AllocationResponse>>()).Items.Single();
        await (await Client.PostJsonAsync($"{BuildingsSetup.Root}/allocations/{allocation.Id}/release", new { releasedOn = "2026-06-30", reason = "调剂" })).ReadAsync<AllocationResponse>();
        var read = await (await Client.GetAsync($"{Assignments}/{assignment.Id}")).ReadAsync<AssignmentResponse>();
        Assert.Equal(HoldingStatus.Released, read.Status);
        Assert.Equal(new DateOnly(2026, 6, 30), read.ReleasedOn);
        await (await Client.PostJsonAsync($"{Assignments}/{assignment.Id}/release", new { releasedOn = "2026-06-30", reason = "x" })).ProblemAsync(HttpStatusCode.Conflict, "buildings.assignment-released");
    }

    [ProviderFact]
    public async Task Bad_assignment_input_is_refused_and_nothing_is_written()
    {
        var organ = await Setup.OrganAsync();
        var staff = await StaffAsync(organ.Id);
        var service = await AllocatedOfficeAsync(organ.Id, 30m, type: "Service");
        await (await AssignAsync(service.Id, staff.Id)).ProblemAsync(HttpStatusCode.Conflict, "buildings.not-an-office");
        var floor = await Setup.FloorAsync((await Setup.BuildingAsync()).Id);
        var unallocated = await Setup.RoomAsync(floor.Id);
        await (await AssignAsync(unallocated.Id, staff.Id)).ProblemAsync(HttpStatusCode.Conflict, "buildings.room-not-allocated-to-organ");
        Assert.Contains("staffMemberId:buildings.staff-ref-not-found", (await (await AssignAsync(unallocated.Id, Guid.NewGuid())).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("roomId:buildings.room-ref-not-found", (await (await AssignAsync(Guid.NewGuid(), staff.Id)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.PostRawAsync(Assignments, $$"""{"roomId":"{{unallocated.Id}}","staffMemberId":"{{staff.Id}}","startedOn":"someday"}""")).ProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        await (await Client.PostRawAsync(Assignments, $$"""{"roomId":"{{unallocated.Id}}","staffMemberId":42,"startedOn":"2026-01-01"}""")).ProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        Assert.Equal(0, await fixture.CountAsync("buildings_assignment", "staff_member_id = @Id", new { staff.Id }));
        await (await Client.GetAsync($"{Assignments}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "buildings.assignment-not-found");
        Assert.Contains("level:request.enum-invalid", (await (await Client.GetAsync($"{BuildingsSetup.Root}/office-standards?level=Galactic")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.GetAsync($"{Findings}?on=tomorrow")).ProblemAsync(HttpStatusCode.BadRequest, "request.parameter-invalid");
    }
}
