using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.Guidance;

/// <summary>
/// The register's lifecycle and timers (issue 21 item 6): consultation windows in calendar and working days, publication with the
/// delay to effect, validity and filing, the status as of the day, reminders on their day and the day after, distribution to
/// lower-level bureaus with acknowledgement in their own jurisdiction, and the timer rules as data. Each boundary just inside and
/// just outside.
/// </summary>
public abstract class GuidanceRegisterLifecycleTests(ApiFixture fixture)
{
    private const string Url = "/api/v1/guidance/documents";

    private static object Draft(string type, string title = "机关事务管理办法") => new
    {
        title, documentNumber = (string?)null, issuer = "市人民政府", type, jurisdiction = "national", status = "Draft", trial = false,
        issuedOn = (string?)null, publishedOn = (string?)null, effectiveOn = (string?)null, expiresOn = (string?)null, registrationNumber = (string?)null,
        sourceUrl = (string?)null, supersedesId = (Guid?)null,
    };

    private static Task<RuleDocumentResponse> Act(HttpClient client, RuleDocumentResponse document, string action, object body) =>
        GuidanceInspectionTests.Act<RuleDocumentResponse>(client, $"{Url}/{document.Id}/{action}", document.Version, body);

    private static Task<HttpResponseMessage> Send(HttpClient client, RuleDocumentResponse document, string action, object body, long? version = null) =>
        GuidanceInspectionTests.Send(client, $"{Url}/{document.Id}/{action}", version ?? document.Version, body);

    private static async Task<DocumentReminder[]> RemindersAsync(HttpClient client, int withinDays) =>
        (await (await client.GetAsync($"{Url}/reminders?withinDays={withinDays}")).ReadAsync<DocumentRemindersResponse>()).Items.ToArray();

    [ProviderFact]
    public async Task A_regulation_is_consulted_published_filed_and_read_in_force_each_timer_at_its_boundary()
    {
        await GuidanceInspectionTests.DeclareCalendarAsync(fixture.Client);
        var time = new FakeTimeProvider(GuidanceInspectionTests.At(new DateOnly(2026, 12, 4)));
        var factory = fixture.CreateFactory(services: s => s.AddSingleton<TimeProvider>(time));
        var admin = fixture.ClientFor(factory);
        var regulation = await (await admin.PostJsonAsync(Url, Draft("Regulation"))).ReadAsync<RuleDocumentResponse>(HttpStatusCode.Created);
        Assert.Equal((RuleDocumentStatus.Draft, 1L), (regulation.Status, regulation.Version));

        // Consultation ≥ 30 days, both ends counted: 7 Dec – 4 Jan is 29, – 5 Jan is 30.
        var tooShort = await (await Send(admin, regulation, "consultation", new { startsOn = "2026-12-07", endsOn = "2027-01-04" }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "guidance.consultation-too-short");
        Assert.Contains("2027-01-05", tooShort.GetProperty("detail").GetString());
        await (await Send(admin, regulation, "consultation", new { startsOn = "2026-12-07", endsOn = "2026-12-06" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Send(admin, regulation, "consultation", new { startsOn = "2026-12-07", endsOn = "2027-01-05" }, version: 9))
            .ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        regulation = await Act(admin, regulation, "consultation", new { startsOn = "2026-12-07", endsOn = "2027-01-05" });
        Assert.Equal((RuleDocumentStatus.Consultation, new DateOnly(2027, 1, 5)), (regulation.Status, regulation.ConsultationEndsOn!.Value));
        await (await Send(admin, regulation, "consultation", new { startsOn = "2026-12-07", endsOn = "2027-01-05" }))
            .ProblemAsync(HttpStatusCode.Conflict, "guidance.document-state");

        // The reminder of the consultation's last day: 32 days ahead reaches 5 Jan, 31 do not.
        Assert.Contains(await RemindersAsync(admin, 32), r => r.DocumentId == regulation.Id && r.Kind == DocumentReminderKind.ConsultationEnds && !r.Overdue);
        Assert.DoesNotContain(await RemindersAsync(admin, 31), r => r.DocumentId == regulation.Id);

        // Publication after the consultation's last day, in force ≥ 30 days after publication unless exempt with a reason.
        await (await Send(admin, regulation, "publish", new { documentNumber = "市政府令第1号", publishedOn = "2027-01-05", effectiveOn = "2027-02-05" }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "guidance.consultation-not-ended");
        await (await Send(admin, regulation, "publish", new { documentNumber = "市政府令第1号", publishedOn = "2027-01-06", effectiveOn = "2027-02-04" }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "guidance.effective-too-soon");
        await (await Send(admin, regulation, "publish", new { documentNumber = "", publishedOn = "2027-01-06", effectiveOn = "2027-01-05" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        regulation = await Act(admin, regulation, "publish", new { documentNumber = "市政府令第1号", publishedOn = "2027-01-06", effectiveOn = "2027-02-05" });
        Assert.Equal((RuleDocumentStatus.Published, new DateOnly(2027, 2, 5), (DateOnly?)null), (regulation.Status, regulation.FilingDueOn!.Value, regulation.ExpiresOn));
        var exempt = await (await admin.PostJsonAsync(Url, Draft("Regulation", "紧急规定"))).ReadAsync<RuleDocumentResponse>(HttpStatusCode.Created);
        exempt = await Act(admin, exempt, "publish", new { documentNumber = "市政府令第2号", publishedOn = "2026-12-04", effectiveOn = "2026-12-04", delayExemptReason = "公布后不立即施行将有碍规章施行" });
        Assert.Equal(RuleDocumentStatus.InForce, exempt.Status);

        // The status follows the day: Published before the effective date, InForce from it (the list filter agrees).
        async Task<Guid[]> ListedAsync(string status) =>
            (await (await admin.GetAsync($"{Url}?status={status}&type=Regulation&pageSize=200")).ReadAsync<Contracts.Common.PagedResult<RuleDocumentResponse>>())
            .Items.Select(d => d.Id).ToArray();
        Assert.Contains(regulation.Id, await ListedAsync("Published"));
        time.SetUtcNow(GuidanceInspectionTests.At(new DateOnly(2027, 2, 5)));
        Assert.Equal(RuleDocumentStatus.InForce, (await (await admin.GetAsync($"{Url}/{regulation.Id}")).ReadAsync<RuleDocumentResponse>()).Status);
        Assert.Contains(regulation.Id, await ListedAsync("InForce"));
        Assert.DoesNotContain(regulation.Id, await ListedAsync("Published"));

        // Filing due on 5 Feb: on the list that day, overdue the day after; recorded once, not before publication.
        Assert.Contains(await RemindersAsync(admin, 0), r => r.DocumentId == regulation.Id && r.Kind == DocumentReminderKind.FilingDue && !r.Overdue);
        time.SetUtcNow(GuidanceInspectionTests.At(new DateOnly(2027, 2, 6)));
        Assert.Contains(await RemindersAsync(admin, 0), r => r.DocumentId == regulation.Id && r.Kind == DocumentReminderKind.FilingDue && r.Overdue);
        await (await Send(admin, regulation, "filing", new { filedOn = "2027-01-05", filedWith = "省人民政府" })).FieldProblemAsync("filedOn", "guidance.dates-out-of-order");
        regulation = await Act(admin, regulation, "filing", new { filedOn = "2027-02-06", filedWith = "省人民政府" });
        Assert.Equal((RuleDocumentStatus.InForce, new DateOnly(2027, 2, 6)), (regulation.Status, regulation.FiledOn!.Value));
        await (await Send(admin, regulation, "filing", new { filedOn = "2027-02-06", filedWith = "省人民政府" })).ProblemAsync(HttpStatusCode.Conflict, "guidance.document-state");
        Assert.DoesNotContain(await RemindersAsync(admin, 366), r => r.DocumentId == regulation.Id);

        // Repeal ends it, audited; nothing is owed afterwards.
        regulation = await Act(admin, regulation, "repeal", new { repealedOn = "2027-02-06", reason = "已被新规定替代" });
        Assert.Equal(RuleDocumentStatus.Repealed, regulation.Status);
        Assert.True(await fixture.CountAsync("shared_audit", "entity_id = @Id", new { regulation.Id }) >= 5);
    }

    [ProviderFact]
    public async Task A_normative_document_counts_working_days_gets_its_validity_and_is_acknowledged_by_each_bureau_in_its_own_jurisdiction()
    {
        await GuidanceInspectionTests.DeclareCalendarAsync(fixture.Client);
        var time = new FakeTimeProvider(GuidanceInspectionTests.At(new DateOnly(2026, 12, 4)));
        var factory = fixture.CreateFactory(services: s => s.AddSingleton<TimeProvider>(time));
        var admin = fixture.ClientFor(factory);
        var document = await (await admin.PostJsonAsync(Url, Draft("NormativeDocument"))).ReadAsync<RuleDocumentResponse>(HttpStatusCode.Created);

        // ≥ 7 working days from Monday 7 Dec: 14 Dec is the 6th, 15 Dec the 7th.
        await (await Send(admin, document, "consultation", new { startsOn = "2026-12-07", endsOn = "2026-12-14" }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "guidance.consultation-too-short");
        document = await Act(admin, document, "consultation", new { startsOn = "2026-12-07", endsOn = "2026-12-15" });

        // Valid 5 years from the effective date: 31 Dec 2031 at most, and that day when none is given; the evaluation 6 months before.
        await (await Send(admin, document, "publish", new { documentNumber = "某府规〔2026〕1号", publishedOn = "2026-12-20", effectiveOn = "2027-01-01", expiresOn = "2032-01-01" }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "guidance.validity-too-long");
        document = await Act(admin, document, "publish", new { documentNumber = "某府规〔2026〕1号", publishedOn = "2026-12-20", effectiveOn = "2027-01-01" });
        Assert.Equal((new DateOnly(2031, 12, 31), new DateOnly(2031, 6, 30), (DateOnly?)null),
            (document.ExpiresOn!.Value, document.EvaluationDueOn!.Value, document.FilingDueOn));

        // Distribution: only the bureau's work, only active bureaus, acknowledged by a date not in the past.
        var (a, aClient) = await GuidanceInspectionTests.CountyBureauAsync(fixture, "320161", factory);
        var (b, bClient) = await GuidanceInspectionTests.CountyBureauAsync(fixture, "320162", factory);
        await (await aClient.PostJsonAsync($"{Url}/{document.Id}/distributions", new { bureauIds = new[] { a }, acknowledgeBy = "2026-12-31" }))
            .ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        await (await admin.PostJsonAsync($"{Url}/{document.Id}/distributions", new { bureauIds = new[] { a }, acknowledgeBy = "2026-12-03" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await admin.PostJsonAsync($"{Url}/{document.Id}/distributions", new { bureauIds = new[] { a, Guid.NewGuid() }, acknowledgeBy = "2026-12-31" }))
            .FieldProblemAsync("bureauIds[1]", "guidance.bureau-ref-not-found");
        Assert.Equal(0, await fixture.CountAsync("guidance_document_distribution", "document_id = @Id", new { document.Id }));
        var sent = await (await admin.PostJsonAsync($"{Url}/{document.Id}/distributions", new { bureauIds = new[] { a, b }, acknowledgeBy = "2026-12-31" }))
            .ReadAsync<DocumentDistributionResponse[]>();
        Assert.Equal(2, sent.Length);
        var draft = await (await admin.PostJsonAsync(Url, Draft("Notice"))).ReadAsync<RuleDocumentResponse>(HttpStatusCode.Created);
        await (await admin.PostJsonAsync($"{Url}/{draft.Id}/distributions", new { bureauIds = new[] { a }, acknowledgeBy = "2026-12-31" }))
            .ProblemAsync(HttpStatusCode.Conflict, "guidance.document-state");

        // Each county sees and acknowledges its own; another county's is 404; its staff only; once.
        Assert.Equal([a], (await (await aClient.GetAsync($"{Url}/{document.Id}/distributions")).ReadAsync<DocumentDistributionResponse[]>()).Select(d => d.BureauId));
        var aStaff = await StaffOfAsync(a);
        var bStaff = await StaffOfAsync(b);
        await (await aClient.PostJsonAsync($"{Url}/{document.Id}/distributions/{b}/acknowledge", new { staffMemberId = aStaff }))
            .ProblemAsync(HttpStatusCode.NotFound, "guidance.distribution-not-found");
        await (await aClient.PostJsonAsync($"{Url}/{document.Id}/distributions/{a}/acknowledge", new { staffMemberId = bStaff }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        var acknowledged = await (await aClient.PostJsonAsync($"{Url}/{document.Id}/distributions/{a}/acknowledge", new { staffMemberId = aStaff }))
            .ReadAsync<DocumentDistributionResponse>();
        Assert.Equal((aStaff, false), (acknowledged.AcknowledgedBy!.Value, acknowledged.Overdue));
        await (await aClient.PostJsonAsync($"{Url}/{document.Id}/distributions/{a}/acknowledge", new { staffMemberId = aStaff }))
            .ProblemAsync(HttpStatusCode.Conflict, "guidance.document-state");

        // B owes its acknowledgement: on its reminders (and the bureau's) on the last day, overdue the day after; A's list has none.
        time.SetUtcNow(GuidanceInspectionTests.At(new DateOnly(2026, 12, 31)));
        Assert.Contains(await RemindersAsync(bClient, 0), r => r.BureauId == b && r.Kind == DocumentReminderKind.AcknowledgementDue && !r.Overdue);
        Assert.DoesNotContain(await RemindersAsync(aClient, 366), r => r.DocumentId == document.Id);
        time.SetUtcNow(GuidanceInspectionTests.At(new DateOnly(2027, 1, 1)));
        Assert.Contains(await RemindersAsync(admin, 0), r => r.BureauId == b && r.DocumentId == document.Id && r.Overdue);
        Assert.All(await RemindersAsync(bClient, 366), r => Assert.Equal(DocumentReminderKind.AcknowledgementDue, r.Kind));

        async Task<Guid> StaffOfAsync(Guid bureau) =>
            (await (await fixture.Client.PostJsonAsync("/api/v1/organs/staff", new { name = "收文员", organId = bureau, rankCode = "BelowSection", startedOn = "2020-01-01" }))
                .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created)).Id;
    }

    [ProviderFact]
    public async Task Timer_rules_are_data_seeded_with_their_sources_and_a_local_version_applies_in_its_division()
    {
        const string RulesUrl = "/api/v1/guidance/rules/document-timers";
        var seeded = await (await fixture.Client.GetAsync(RulesUrl)).ReadAsync<DocumentTimerRuleResponse[]>();
        Assert.Contains(seeded, r => r is { Type: RuleDocumentType.Regulation, ConsultationDays: 30, MinDaysToEffect: 30, FilingDays: 30, Confidence: "H" });
        Assert.Contains(seeded, r => r is { Type: RuleDocumentType.NormativeDocument, ConsultationWorkingDays: 7, ValidityYears: 5, TrialValidityYears: 2 });

        var before = await fixture.CountAsync("guidance_rule");
        object Rule(string jurisdiction = "320171", int? consultationDays = 20, string confidence = "M") => new
        {
            type = "NormativeDocument", jurisdiction, effectiveFrom = "2026-01-01", consultationDays, consultationWorkingDays = (int?)null,
            minDaysToEffect = (int?)null, filingDays = 15, validityYears = 3, trialValidityYears = 1, evaluationMonthsBeforeExpiry = 3, source = "某市行政规范性文件管理办法", confidence,
        };
        await (await fixture.Client.PostJsonAsync(RulesUrl, Rule(consultationDays: 0))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await fixture.Client.PostJsonAsync(RulesUrl, Rule(jurisdiction: "32"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await fixture.Client.PostJsonAsync(RulesUrl, Rule(confidence: "X"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal(before, await fixture.CountAsync("guidance_rule"));
        var local = await (await fixture.Client.PostJsonAsync(RulesUrl, Rule())).ReadAsync<DocumentTimerRuleResponse>(HttpStatusCode.Created);
        await (await fixture.Client.PostJsonAsync(RulesUrl, Rule())).ProblemAsync(HttpStatusCode.Conflict, "guidance.rule-version-exists");
        var chain = await (await fixture.Client.GetAsync($"{RulesUrl}?jurisdiction=320171")).ReadAsync<DocumentTimerRuleResponse[]>();
        Assert.Contains(chain, r => r.Id == local.Id);

        // A document of that division: 20 calendar days (not 7 working days), 3 years' validity.
        var document = await (await fixture.Client.PostJsonAsync(Url, new
        {
            title = "区公物仓管理办法", documentNumber = (string?)null, issuer = "区人民政府", type = "NormativeDocument", jurisdiction = "320171", status = "Draft", trial = false,
            issuedOn = (string?)null, publishedOn = (string?)null, effectiveOn = (string?)null, expiresOn = (string?)null, registrationNumber = (string?)null,
            sourceUrl = (string?)null, supersedesId = (Guid?)null,
        })).ReadAsync<RuleDocumentResponse>(HttpStatusCode.Created);
        await (await Send(fixture.Client, document, "consultation", new { startsOn = "2026-03-02", endsOn = "2026-03-20" }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, "guidance.consultation-too-short");
        document = await Act(fixture.Client, document, "consultation", new { startsOn = "2026-03-02", endsOn = "2026-03-21" });
        document = await Act(fixture.Client, document, "publish", new { documentNumber = "某区规〔2026〕1号", publishedOn = "2026-03-25", effectiveOn = "2026-04-01" });
        Assert.Equal((new DateOnly(2029, 3, 31), new DateOnly(2026, 4, 9)), (document.ExpiresOn!.Value, document.FilingDueOn!.Value));
    }
}
