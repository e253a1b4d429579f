using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

/// <summary>What a test's sweep should find: each subject, its organ, and whether its breach stands.</summary>
public sealed class LedgerPlan
{
    public ConcurrentDictionary<Guid, (Guid OrganId, bool Breached)> Subjects { get; } = new();
}

/// <summary>A sweep as a module writes one: open while the breach stands, close once it is corrected.</summary>
public sealed class PlannedSweep(LedgerPlan plan, Violations violations) : IViolationSweep
{
    public const string Kind = "costs.ledger-test";

    public Duty Duty => Duty.Costs;

    public async Task SweepAsync(DateOnly today, CancellationToken ct)
    {
        foreach (var (subject, (organ, _)) in plan.Subjects.Where(s => s.Value.Breached))
        {
            await violations.OpenOnceAsync(new ViolationFinding(Duty.Costs, Kind, subject, organ, "T1", null, today, today.AddDays(20)), ct);
        }
        foreach (var (subject, _) in plan.Subjects.Where(s => !s.Value.Breached))
        {
            await violations.CloseOpenAsync(Duty.Costs, Kind, subject, today, ViolationCloseReason.Corrected, "  filed  ", ct);
        }
    }
}

/// <summary>The violation ledger (docs/adr/0029): one open violation per subject, its events written with its row, the backfill from the same rows.</summary>
public abstract class ViolationLedgerTests(ApiFixture fixture)
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private WebApplicationFactory<Program> HostWith(LedgerPlan plan) =>
        fixture.CreateFactory(services: s =>
        {
            s.AddSingleton(plan);
            s.AddViolationSweep<PlannedSweep>();
        });

    private Task<long> EventsAsync(string type, Guid subject) =>
        fixture.CountAsync("shared_outbox", "type = @Type AND payload LIKE @Subject",
            new { Type = $"OrganAffairs.Contracts.Violations.{type}", Subject = $"%{subject:D}%" });

    private static async Task<List<OpenViolation>> OpenAsync(WebApplicationFactory<Program> host)
    {
        var all = new List<OpenViolation>();
        Guid? after = null;
        do
        {
            await using var scope = host.Services.CreateAsyncScope();
            var page = await scope.ServiceProvider.GetRequiredService<Violations>().ListOpenAsync(Duty.Costs, new TestQuery(after, 2), CancellationToken.None);
            all.AddRange(page.Items);
            after = page.NextAfter;
        }
        while (after is not null);
        return all;
    }

    [ProviderFact]
    public async Task A_breach_swept_again_and_by_two_hosts_at_once_is_opened_once_and_closed_once()
    {
        var subject = Guid.NewGuid();
        var plan = new LedgerPlan();
        plan.Subjects[subject] = (fixture.BureauOrganId, true);
        using var a = HostWith(plan);
        using var b = HostWith(plan);

        await Task.WhenAll(
            a.Services.GetRequiredService<ViolationSweeper>().RunAsync(Today, CancellationToken.None),
            b.Services.GetRequiredService<ViolationSweeper>().RunAsync(Today, CancellationToken.None));
        await a.Services.GetRequiredService<ViolationSweeper>().RunAsync(Today.AddDays(1), CancellationToken.None);

        Assert.Equal(1, await fixture.CountAsync("shared_violation", "subject_id = @Subject", new { Subject = subject }));
        Assert.Equal(1, await EventsAsync(nameof(ViolationOpened), subject));
        var open = Assert.Single(await OpenAsync(a), v => v.Violation.SubjectId == subject);
        Assert.Equal(Today, open.OpenedOn);
        Assert.Equal(Today.AddDays(20), open.DueOn);
        Assert.Equal("320100", open.Violation.DivisionCode);

        plan.Subjects[subject] = (fixture.BureauOrganId, false);
        await b.Services.GetRequiredService<ViolationSweeper>().RunAsync(Today.AddDays(3), CancellationToken.None);
        await a.Services.GetRequiredService<ViolationSweeper>().RunAsync(Today.AddDays(4), CancellationToken.None);

        Assert.Equal(1, await EventsAsync(nameof(ViolationClosed), subject));
        Assert.DoesNotContain(await OpenAsync(a), v => v.Violation.SubjectId == subject);
        Assert.Equal(1, await fixture.CountAsync("shared_violation",
            "subject_id = @Subject AND closed_on IS NOT NULL AND note = @Note AND close_reason = @Reason",
            new { Subject = subject, Note = "filed", Reason = nameof(ViolationCloseReason.Corrected) }));

        // Found again after it was corrected: a new violation with a new id.
        plan.Subjects[subject] = (fixture.BureauOrganId, true);
        await a.Services.GetRequiredService<ViolationSweeper>().RunAsync(Today.AddDays(9), CancellationToken.None);
        Assert.Equal(2, await fixture.CountAsync("shared_violation", "subject_id = @Subject", new { Subject = subject }));
        Assert.Equal(2, await EventsAsync(nameof(ViolationOpened), subject));
        Assert.Equal(Today.AddDays(9), Assert.Single(await OpenAsync(a), v => v.Violation.SubjectId == subject).OpenedOn);
    }

    [ProviderFact]
    public async Task The_backfill_pages_every_open_violation_once()
    {
        var plan = new LedgerPlan();
        var subjects = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        foreach (var s in subjects)
        {
            plan.Subjects[s] = (fixture.BureauOrganId, true);
        }
        using var host = HostWith(plan);
        await host.Services.GetRequiredService<ViolationSweeper>().RunAsync(Today, CancellationToken.None);

        var open = (await OpenAsync(host)).Where(v => subjects.Contains(v.Violation.SubjectId)).ToList();
        Assert.Equal(5, open.Count);
        Assert.Equal(5, open.Select(v => v.Violation.ViolationId).Distinct().Count());
    }

    private sealed record TestQuery(Guid? After, int PageSize) : ListOpenViolations(After, PageSize);
}
