using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Logistics.LogisticsSetup;

namespace OrganAffairs.Tests.Integration.Logistics;

/// <summary>
/// Service levels as rule data (L3): Sichuan's seeded emergency repairs on site within 30 minutes, holds that pause the clock, a
/// breach found at the step or by the sweep that stays recorded and opens <c>logistics.sla-breached</c>; and the rule tables.
/// </summary>
public abstract class LogisticsSlaTests(ApiFixture fixture)
{
    private static readonly DateTimeOffset Start = new(2026, 11, 3, 2, 0, 0, TimeSpan.Zero); // 10:00 in Shanghai, a Tuesday
    private HttpClient Admin => fixture.Client;

    private (HttpClient Client, FakeTimeProvider Time, WebApplicationFactory<Program> Factory) FakeTimeHost()
    {
        var time = new FakeTimeProvider(Start);
        var factory = fixture.CreateFactory(services: s => s.AddSingleton<TimeProvider>(time));
        return (fixture.ClientFor(factory), time, factory);
    }

    /// <summary>An emergency repair order of a Chengdu organ (510100), raised now, assigned.</summary>
    private static async Task<(World World, WorkOrderResponse Order)> AssignedEmergencyAsync(HttpClient client)
    {
        var w = await WorldAsync(client, "510100", item: (await ItemAsync(client, jurisdiction: "510000")).Code);
        var raised = await RaiseAsync(client, w, "Emergency");
        var order = await StepOkAsync(client, await StepOkAsync(client, raised, "triage"), "assign", new { assignee = "物业应急班组" });
        return (w, order);
    }

    [ProviderFact]
    public async Task Sichuans_emergency_repair_is_on_site_within_30_minutes_at_the_deadline_met_a_minute_later_breached()
    {
        var (client, time, factory) = FakeTimeHost();
        var (_, onTime) = await AssignedEmergencyAsync(client);
        var sla = onTime.Sla!;
        Assert.Equal((SlaBasis.CalendarTime, 30, (int?)null, Start.AddMinutes(30), (DateTimeOffset?)null), (sla.Basis, sla.RespondWithinMinutes!.Value, sla.ResolveWithinMinutes, sla.RespondBy!.Value, sla.ResolveBy));
        var (_, late) = await AssignedEmergencyAsync(client);

        time.Advance(TimeSpan.FromMinutes(30));
        var arrived = await StepOkAsync(client, onTime, "arrive");
        Assert.False(arrived.Sla!.RespondBreached);
        time.Advance(TimeSpan.FromMinutes(1));
        var lateArrival = await StepOkAsync(client, late, "arrive");
        Assert.True(lateArrival.Sla!.RespondBreached);

        var open = await OpenViolationsAsync(factory);
        var violation = Assert.Single(open, v => v.Violation.SubjectId == late.Id);
        Assert.Equal(("logistics.sla-breached", "L3", late.Sla!.PolicyId), (violation.Violation.Kind, violation.Violation.RuleId, violation.Violation.RuleVersionId!.Value));
        Assert.DoesNotContain(open, v => v.Violation.SubjectId == onTime.Id);
        Assert.Equal(1, await fixture.CountAsync("shared_outbox", "type = @Type AND payload LIKE @Subject",
            new { Type = "OrganAffairs.Contracts.Violations.ViolationOpened", Subject = $"%{late.Id:D}%" }));

        // The breach stays recorded; the requester's confirmation closes the violation.
        var resolved = await StepOkAsync(client, lateArrival, "resolve");
        Assert.True(resolved.Sla!.RespondBreached);
        await StepOkAsync(client, resolved, "confirm", new { staffMemberId = late.RequesterStaffMemberId, rating = 3 });
        Assert.DoesNotContain(await OpenViolationsAsync(factory), v => v.Violation.SubjectId == late.Id);
    }

    [ProviderFact]
    public async Task A_hold_pauses_the_clock_and_an_open_hold_stops_it()
    {
        var (client, time, _) = FakeTimeHost();
        var (_, order) = await AssignedEmergencyAsync(client);
        time.Advance(TimeSpan.FromMinutes(10));
        var held = await StepOkAsync(client, order, "hold", new { reason = "等待业主开门" });
        Assert.Null(held.Sla!.RespondBy);
        time.Advance(TimeSpan.FromMinutes(45));
        var resumed = await StepOkAsync(client, held, "resume");
        Assert.Equal(Start.AddMinutes(30 + 45), resumed.Sla!.RespondBy!.Value);
        time.Advance(TimeSpan.FromMinutes(20)); // 10 + 20 = 30 minutes of counted time
        Assert.False((await StepOkAsync(client, resumed, "arrive")).Sla!.RespondBreached);
    }

    [ProviderFact]
    public async Task The_sweep_records_a_breach_nobody_stepped_on_once()
    {
        var (client, time, factory) = FakeTimeHost();
        var (_, order) = await AssignedEmergencyAsync(client);
        var sweeper = factory.Services.GetRequiredService<ViolationSweeper>();
        time.Advance(TimeSpan.FromMinutes(30));
        await sweeper.RunAsync(DateOnly.FromDateTime(Start.UtcDateTime), CancellationToken.None);
        Assert.DoesNotContain(await OpenViolationsAsync(factory), v => v.Violation.SubjectId == order.Id);
        time.Advance(TimeSpan.FromMinutes(1));
        await sweeper.RunAsync(DateOnly.FromDateTime(Start.UtcDateTime), CancellationToken.None);
        await sweeper.RunAsync(DateOnly.FromDateTime(Start.UtcDateTime), CancellationToken.None);
        Assert.Single(await OpenViolationsAsync(factory), v => v.Violation.SubjectId == order.Id);
        var read = await (await client.GetAsync($"{Orders}/{order.Id}")).ReadAsync<WorkOrderResponse>();
        Assert.True(read.Sla!.RespondBreached);
        Assert.Equal(1, await fixture.CountAsync("shared_outbox", "type = @Type AND payload LIKE @Subject",
            new { Type = "OrganAffairs.Contracts.Violations.ViolationOpened", Subject = $"%{order.Id:D}%" }));
        // Arriving late after the sweep keeps the one violation.
        Assert.True((await StepOkAsync(client, read, "arrive")).Sla!.RespondBreached);
        Assert.Single(await OpenViolationsAsync(factory), v => v.Violation.SubjectId == order.Id);
    }

    [ProviderFact]
    public async Task Rule_tables_are_versioned_admin_data_with_their_sources()
    {
        var seeded = await (await Admin.GetAsync($"{Root}/rules/sla-policies?jurisdiction=510100&on=2026-06-01")).ReadAsync<IReadOnlyList<SlaPolicyResponse>>();
        var emergency = Assert.Single(seeded);
        Assert.Equal(("510000", ServiceCategory.Repair, WorkOrderPriority.Emergency, 30, "H"), (emergency.Jurisdiction, emergency.Category, emergency.Priority, emergency.RespondWithinMinutes!.Value, emergency.Confidence));
        Assert.Contains("川机管发〔2015〕53号", emergency.Source, StringComparison.Ordinal);
        Assert.Empty(await (await Admin.GetAsync($"{Root}/rules/sla-policies?jurisdiction=320100&on=2026-06-01")).ReadAsync<IReadOnlyList<SlaPolicyResponse>>());
        var window = Assert.Single(await (await Admin.GetAsync($"{Root}/rules/reopen-windows?jurisdiction=320100&on=2026-06-01")).ReadAsync<IReadOnlyList<ReopenWindowResponse>>());
        Assert.Equal((7, "U"), (window.Days, window.Confidence));

        // A local version is added by the bureau and ends the day before the next; the same start twice is 409.
        var division = $"33{Random.Shared.Next(10, 99)}00";
        var policy = new { jurisdiction = division, effectiveFrom = "2026-01-01", category = "Repair", priority = "Urgent", respondWithinMinutes = 120, resolveWithinMinutes = 960, basis = "WorkingTime", source = "某市后勤服务规范", confidence = "M" };
        var created = await (await Admin.PostJsonAsync($"{Root}/rules/sla-policies", policy)).ReadAsync<SlaPolicyResponse>(HttpStatusCode.Created);
        Assert.Equal((SlaBasis.WorkingTime, 960), (created.Basis, created.ResolveWithinMinutes!.Value));
        await (await Admin.PostJsonAsync($"{Root}/rules/sla-policies", policy)).ProblemAsync(HttpStatusCode.Conflict, "logistics.rule-version-exists");
        var later = await (await Admin.PostJsonAsync($"{Root}/rules/sla-policies", new { jurisdiction = division, effectiveFrom = "2027-01-01", category = "Repair", priority = "Urgent", respondWithinMinutes = 90, basis = "WorkingTime", source = "某市后勤服务规范（修订）", confidence = "M" }))
            .ReadAsync<SlaPolicyResponse>(HttpStatusCode.Created);
        var versions = await (await Admin.GetAsync($"{Root}/rules/sla-policies?jurisdiction={division}")).ReadAsync<IReadOnlyList<SlaPolicyResponse>>();
        Assert.Equal(new DateOnly(2026, 12, 31), versions.Single(v => v.Id == created.Id).EffectiveTo);
        Assert.Null(versions.Single(v => v.Id == later.Id).EffectiveTo);

        var bad = await (await Admin.PostJsonAsync($"{Root}/rules/sla-policies", new { jurisdiction = "Sichuan", effectiveFrom = "2026-01-01", category = "Repair", priority = "Urgent", basis = "WorkingTime", source = "x", confidence = "Z" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("jurisdiction:logistics.jurisdiction-invalid", bad.FieldErrors());
        Assert.Contains("confidence:field.not-in-list", bad.FieldErrors());
        Assert.Contains("resolveWithinMinutes:field.required", bad.FieldErrors());
        bad = await (await Admin.PostJsonAsync($"{Root}/rules/catalogue", new { jurisdiction = "national", effectiveFrom = "2026-01-01", code = "Repair HVAC", category = "Repair", name = "空调", standard = "2 小时", referencePrice = 1.234m, source = "x", confidence = "H" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("code:field.invalid-format", bad.FieldErrors());
        Assert.Contains("referencePrice:field.out-of-range", bad.FieldErrors());

        // An organ's key has no admin scope.
        var organ = await OrganAsync(Admin);
        var client = fixture.ClientFor(fixture.Factory, await KeyAsync(Admin, organ.Id));
        await (await client.PostJsonAsync($"{Root}/rules/reopen-windows", new { jurisdiction = "national", effectiveFrom = "2030-01-01", days = 3, source = "x", confidence = "U" }))
            .ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
    }
    /// <summary>A property-service contract of Chengdu in force around <see cref="Start"/> covering the item.</summary>
    private static async Task<ContractResponse> ContractAsync(HttpClient client, string item) =>
        await (await client.PostJsonAsync($"{Root}/contracts", new
        {
            providerName = "某物业服务有限公司", providerCreditCode = TestData.Uscc("510100"), divisionCode = "510100", serviceItems = new[] { item },
            startsOn = "2026-10-01", endsOn = "2027-09-30", priceBasis = "按建筑面积每月每平方米 3.2 元", value = 120000.00m, energyTargets = "年度用电量较上年下降 2%",
        })).ReadAsync<ContractResponse>(HttpStatusCode.Created);

    [ProviderFact]
    public async Task A_contracts_own_policy_wins_at_assignment_a_contract_without_one_falls_back_and_its_target_is_met_at_the_deadline()
    {
        var (client, time, _) = FakeTimeHost();
        var item = (await ItemAsync(client, jurisdiction: "510000")).Code;
        var strict = await ContractAsync(client, item);
        var plain = await ContractAsync(client, item);
        var policy = await (await client.PostJsonAsync($"{Root}/rules/sla-policies", new
        {
            jurisdiction = "510100", effectiveFrom = "2026-10-01", category = "Repair", priority = "Emergency", respondWithinMinutes = 20, resolveWithinMinutes = 240,
            basis = "CalendarTime", source = "物业服务合同附件：服务标准", confidence = "H", contractId = strict.Id,
        })).ReadAsync<SlaPolicyResponse>(HttpStatusCode.Created);
        Assert.Equal(strict.Id, policy.ContractId);
        Assert.Equal([policy.Id], (await (await client.GetAsync($"{Root}/rules/sla-policies?contractId={strict.Id}")).ReadAsync<IReadOnlyList<SlaPolicyResponse>>()).Select(p => p.Id));
        // The general policy in force is still Sichuan's 30 minutes.
        Assert.Contains(await (await client.GetAsync($"{Root}/rules/sla-policies?jurisdiction=510100&on=2026-11-03")).ReadAsync<IReadOnlyList<SlaPolicyResponse>>(),
            p => p.ContractId is null && p.Category == ServiceCategory.Repair && p.Priority == WorkOrderPriority.Emergency && p.RespondWithinMinutes == 30);

        var w = await WorldAsync(client, "510100", item: item);
        async Task<WorkOrderResponse> AssignAsync(Guid contractId) =>
            await StepOkAsync(client, await StepOkAsync(client, await RaiseAsync(client, w, "Emergency"), "triage"), "assign", new { contractId });
        var onTime = await AssignAsync(strict.Id);
        var late = await AssignAsync(strict.Id);
        var fallback = await AssignAsync(plain.Id);
        Assert.Equal((policy.Id, 20, 240, Start.AddMinutes(20), Start.AddMinutes(240)),
            (onTime.Sla!.PolicyId, onTime.Sla.RespondWithinMinutes!.Value, onTime.Sla.ResolveWithinMinutes!.Value, onTime.Sla.RespondBy!.Value, onTime.Sla.ResolveBy!.Value));
        Assert.Equal((30, Start.AddMinutes(30)), (fallback.Sla!.RespondWithinMinutes!.Value, fallback.Sla.RespondBy!.Value));
        Assert.NotEqual(policy.Id, fallback.Sla.PolicyId);

        // Just inside and just outside the contract's 20 minutes.
        time.Advance(TimeSpan.FromMinutes(20));
        Assert.False((await StepOkAsync(client, onTime, "arrive")).Sla!.RespondBreached);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.True((await StepOkAsync(client, late, "arrive")).Sla!.RespondBreached);

        // Assigned under the stricter contract after its deadline: breached at once, and it stays breached when reassigned to a team (general 30 minutes, not yet past).
        var waiting = await StepOkAsync(client, await RaiseAsync(client, w, "Emergency"), "triage");
        time.Advance(TimeSpan.FromMinutes(21));
        var breached = await StepOkAsync(client, waiting, "assign", new { contractId = strict.Id });
        Assert.Equal((true, policy.Id), (breached.Sla!.RespondBreached, breached.Sla.PolicyId));
        var team = await StepOkAsync(client, breached, "assign", new { assignee = "物业应急班组" });
        Assert.Equal((true, 30, (Guid?)null), (team.Sla!.RespondBreached, team.Sla.RespondWithinMinutes!.Value, team.ContractId));

        // A policy naming a contract that does not exist.
        var bad = await (await client.PostJsonAsync($"{Root}/rules/sla-policies", new
        {
            jurisdiction = "510000", effectiveFrom = "2026-01-01", category = "Repair", priority = "Emergency", respondWithinMinutes = 20, basis = "CalendarTime",
            source = "x", confidence = "H", contractId = Guid.NewGuid(),
        })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("contractId:logistics.contract-ref-not-found", bad.FieldErrors());
    }
}
