using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Tests.Infrastructure;
using Serilog.Core;
using Serilog.Events;
using Xunit;

namespace OrganAffairs.Tests.Integration.ForeignAffairs;

/// <summary>
/// Travel document numbers never reach the logs (个人信息保护法, issue 19 item 8): a Host logging at every level (Verbose, the
/// framework's categories too) records documents, refuses malformed ones, answers them unmasked to the personal-data scope and
/// refuses a write on a closed visit, and no log event — message, property or exception — holds a number; nor a date of birth of a member
/// or a guest, recorded, read in clear or refused.
/// </summary>
public abstract class ForeignAffairsLogTests(ApiFixture fixture)
{
    private const string Root = "/api/v1/foreign-affairs";

    /// <summary>Every event of one Host, rendered with its properties and exception.</summary>
    private sealed class EveryEvent : ILogEventSink
    {
        public readonly ConcurrentQueue<(LogEventLevel Level, string Text)> Events = new();

        public void Emit(LogEvent e)
        {
            var text = string.Join(" | ", new[] { e.MessageTemplate.Text, e.RenderMessage(CultureInfo.InvariantCulture) }
                .Concat(e.Properties.Select(p => $"{p.Key}={p.Value}"))
                .Append(e.Exception?.ToString() ?? ""));
            Events.Enqueue((e.Level, text));
        }
    }

    [ProviderFact]
    public async Task No_log_event_at_any_level_holds_a_travel_document_number()
    {
        var sink = new EveryEvent();
        using var factory = fixture.CreateFactory(new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Verbose",
            ["Serilog:MinimumLevel:Override:Microsoft"] = "Verbose",
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Verbose",
            ["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Verbose",
            ["Serilog:MinimumLevel:Override:System"] = "Verbose",
        }, s => s.AddSingleton<ILogEventSink>(sink));
        var admin = fixture.ClientFor(factory);
        string[] numbers = ["E73915468", "G20481357", "C86420975", "e55501234", "H1234567890123456789012"];
        // Dates of birth (item 8): recorded, refused (after today, impossible) and a guest's.
        string[] dates = ["1963-07-19", "1981-11-23", "2091-05-29", "1975-02-30", "1969-12-08"];

        var organ = await (await admin.PostJsonAsync("/api/v1/organs", new
        {
            name = "外事办公室", divisionCode = "320100", unifiedSocialCreditCode = TestData.Uscc("320100"), level = "Municipal", type = "GovernmentDepartment",
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);
        var staff = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            staff.Add((await (await admin.PostJsonAsync("/api/v1/organs/staff", new { organId = organ.Id, name = $"团员{i}", rankCode = "BelowBureau", startedOn = "2020-01-01" }))
                .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created)).Id);
        }
        var departs = new DateOnly(2027, 5, 1);
        var visit = await (await admin.PostJsonAsync(Root, new
        {
            organId = organ.Id,
            visit = new
            {
                purpose = "友好城市交流", delegationType = "General", departsOn = departs, returnsOn = departs.AddDays(4),
                members = staff.Select((m, i) => new { staffMemberId = m, role = i == 0 ? "Leader" : "Member", post = "处长" }).ToList(),
                itinerary = new[] { new { country = "FR", arrivesOn = departs, leavesOn = departs.AddDays(4), transit = false, airsideOnly = false } },
                schedule = Enumerable.Range(0, 5).Select(d => new { on = departs.AddDays(d), description = "公务会谈", official = true }).ToList(),
                budget = 50_000m,
            },
        })).ReadAsync<VisitResponse>(HttpStatusCode.Created);
        var members = await (await admin.GetAsync($"{Root}/{visit.Id}/members")).ReadAsync<IReadOnlyList<VisitMemberRecord>>();

        // Recorded (one with an Idempotency-Key, whose stored answer is masked), then answered in clear to the personal-data scope.
        await (await admin.PostJsonAsync($"{Root}/{visit.Id}/members/{members[0].Id}/document", new { kind = "Passport", number = numbers[0], dateOfBirth = dates[0] }))
            .ReadAsync<VisitMemberRecord>();
        await (await admin.PostJsonAsync($"{Root}/{visit.Id}/members/{members[1].Id}/document", new { kind = "HongKongMacaoPermit", number = numbers[1], dateOfBirth = dates[1] }, Guid.NewGuid().ToString()))
            .ReadAsync<VisitMemberRecord>();
        var key = (await (await admin.PostJsonAsync("/api/v1/access/api-keys", new { name = "外事系统", organId = organ.Id, scopes = new[] { "foreign-affairs.read", "foreign-affairs.personal-data" } }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created)).Key;
        var clear = await (await fixture.ClientFor(factory, key).GetAsync($"{Root}/{visit.Id}/members")).ReadAsync<IReadOnlyList<VisitMemberRecord>>();
        Assert.Equal([numbers[0], numbers[1]], clear.Take(2).Select(m => m.DocumentNumber));
        Assert.Equal([dates[0], dates[1]], clear.Take(2).Select(m => m.DateOfBirth));
        var delegation = await (await admin.PostJsonAsync($"{Root}/incoming", new
        {
            organId = organ.Id, title = "代表团", country = "FR", hostGrade = "Other", arrivesOn = "2027-06-01", departsOn = "2027-06-02",
            guests = new[] { new { name = "Jean Dupont", post = "Deputy Mayor", grade = "Other", dateOfBirth = dates[4] } }, programme = Array.Empty<object>(),
        })).ReadAsync<DelegationResponse>(HttpStatusCode.Created);
        Assert.Equal(dates[4], (await (await fixture.ClientFor(factory, key).GetAsync($"{Root}/incoming/{delegation.Id}")).ReadAsync<DelegationResponse>()).Guests[0].DateOfBirth);
        await (await admin.PostJsonAsync($"{Root}/{visit.Id}/members/{members[2].Id}/document", new { kind = "Passport", number = numbers[2], dateOfBirth = dates[2] }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostRawAsync($"{Root}/{visit.Id}/members/{members[2].Id}/document",
            $"{{\"kind\":\"Passport\",\"number\":\"{numbers[2]}\",\"dateOfBirth\":\"{dates[3]}\"}}")).StatusCode);

        // Refused: a lower-case number, one too long, one of an unknown kind, one sent as a JSON number, a body cut short, another organ's visit.
        await (await admin.PostJsonAsync($"{Root}/{visit.Id}/members/{members[2].Id}/document", new { kind = "Passport", number = numbers[3] }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await admin.PostJsonAsync($"{Root}/{visit.Id}/members/{members[2].Id}/document", new { kind = "Passport", number = numbers[4] }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await admin.PostJsonAsync($"{Root}/{visit.Id}/members/{members[2].Id}/document", new { kind = "Visa", number = numbers[2] }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await admin.PostRawAsync($"{Root}/{visit.Id}/members/{members[2].Id}/document", "{\"kind\":\"Passport\",\"number\":86420975}"))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        Assert.Equal(HttpStatusCode.BadRequest,
            (await admin.PostRawAsync($"{Root}/{visit.Id}/members/{members[2].Id}/document", $"{{\"kind\":\"Passport\",\"number\":\"{numbers[2]}")).StatusCode);
        await (await admin.PostJsonAsync($"{Root}/{Guid.NewGuid()}/members/{members[2].Id}/document", new { kind = "Passport", number = numbers[2] }))
            .ProblemAsync(HttpStatusCode.NotFound, "foreign-affairs.visit-not-found");
        Assert.Null((await (await admin.GetAsync($"{Root}/{visit.Id}/members")).ReadAsync<IReadOnlyList<VisitMemberRecord>>())[2].DocumentNumber);

        var events = sink.Events.ToList();
        Assert.Contains(events, e => e.Level <= LogEventLevel.Debug);   // the Host really logged below Information
        foreach (var number in numbers.Append("86420975").Concat(dates).Concat(dates.Select(d => d.Replace("-", "", StringComparison.Ordinal))))
        {
            var leaks = events.Where(e => e.Text.Contains(number, StringComparison.OrdinalIgnoreCase)).Select(e => $"{e.Level}: {e.Text}").ToList();
            Assert.True(leaks.Count == 0, $"{number} in {leaks.Count} log events:{Environment.NewLine}{string.Join(Environment.NewLine, leaks.Take(5))}");
        }
    }
}
