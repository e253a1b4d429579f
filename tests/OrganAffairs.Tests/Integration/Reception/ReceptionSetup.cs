using System.Net;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Tests.Infrastructure;

namespace OrganAffairs.Tests.Integration.Reception;

/// <summary>Organs, staff, letters, receptions and caps for the Reception tests.</summary>
internal static class ReceptionSetup
{
    public const string Root = "/api/v1/reception";
    private static int _division = Random.Shared.Next(10, 60);

    /// <summary>A division code of its own (3205xx, 3206xx …) so a local rule added by one test applies to that test's organs only.</summary>
    public static string FreshDivision() => $"32{Interlocked.Increment(ref _division) % 90 + 10:D2}01";

    public static async Task<OrganResponse> OrganAsync(HttpClient client, string division = "320100") =>
        await (await client.PostJsonAsync("/api/v1/organs", new
        {
            name = "市某局",
            divisionCode = division,
            unifiedSocialCreditCode = TestData.Uscc(division),
            level = "Municipal",
            type = "GovernmentDepartment",
        })).ReadAsync<OrganResponse>(HttpStatusCode.Created);

    public static async Task<Guid> StaffAsync(HttpClient client, Guid organId) =>
        (await (await client.PostJsonAsync("/api/v1/organs/staff", new { name = "王经办", organId, rankCode = "BelowBureau", postTitle = "科员", startedOn = "2020-01-01" }))
            .ReadAsync<StaffMemberResponse>(HttpStatusCode.Created)).Id;

    /// <summary>An organ, a staff member of it, and an API key of it with the reception scopes.</summary>
    public static async Task<(OrganResponse Organ, Guid Staff, string Key)> OrganWithKeyAsync(HttpClient admin, string division = "320100")
    {
        var organ = await OrganAsync(admin, division);
        var staff = await StaffAsync(admin, organ.Id);
        var key = (await (await admin.PostJsonAsync("/api/v1/access/api-keys", new { name = "接待系统", organId = organ.Id, scopes = new[] { "reception.read", "reception.write" } }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created)).Key;
        return (organ, staff, key);
    }

    public static object[] Guests(int count, string rank = "Other") =>
        Enumerable.Range(1, count).Select(i => (object)new { unit = "某省发展和改革委员会", name = $"来宾{i}", post = "处长", rank }).ToArray();

    public static object Letter(Guid organId, int guests = 3, string rank = "Other") => new
    {
        organId,
        senderName = "某省发展和改革委员会",
        senderCreditCode = TestData.Uscc("320000"),
        letterNumber = "某发改函〔2026〕12号",
        letterDate = "2026-03-02",
        purpose = "调研重点项目建设",
        itinerary = "上午座谈，下午实地调研",
        guests = Guests(guests, rank),
    };

    public static async Task<LetterResponse> LetterAsync(HttpClient client, Guid organId, int guests = 3, string rank = "Other") =>
        await (await client.PostJsonAsync($"{Root}/letters", Letter(organId, guests, rank))).ReadAsync<LetterResponse>(HttpStatusCode.Created);

    /// <summary>A valid plan; <paramref name="change"/> overrides members (by their JSON names).</summary>
    public static Dictionary<string, object?> Plan(Guid organId, Guid staff, Guid? letterId, string startsOn = "2026-12-20", Action<Dictionary<string, object?>>? change = null)
    {
        var plan = new Dictionary<string, object?>
        {
            ["organId"] = organId,
            ["letterId"] = letterId,
            ["title"] = "某省发改委调研接待",
            ["activities"] = new[] { "Research", "Meeting" },
            ["startsOn"] = startsOn,
            ["endsOn"] = startsOn,
            ["place"] = "市政府1号会议室",
            ["handlingDepartment"] = "办公室",
            ["staffMemberId"] = staff,
            ["budget"] = 1000.00m,
            ["sameCity"] = false,
            ["hostArrangesMeals"] = true,
            ["workingMeals"] = 1,
            ["accompanyingDiners"] = 2,
            ["mealStandardPerHead"] = 80.00m,
            ["lodging"] = "None",
            ["items"] = new[] { "Meal", "Venue" },
        };
        change?.Invoke(plan);
        return plan;
    }

    public static Task<HttpResponseMessage> CreateAsync(HttpClient client, Dictionary<string, object?> plan) => client.PostJsonAsync(Root, plan);

    public static async Task<ReceptionResponse> ReceptionAsync(HttpClient client, Guid organId, Guid staff, Guid? letterId, string startsOn = "2026-12-20", decimal budget = 1000m) =>
        await (await CreateAsync(client, Plan(organId, staff, letterId, startsOn, p => p["budget"] = budget))).ReadAsync<ReceptionResponse>(HttpStatusCode.Created);

    public static async Task<ReceptionResponse> SubmittedAsync(HttpClient client, Guid organId, Guid staff, string startsOn = "2026-12-20", decimal budget = 1000m)
    {
        var letter = await LetterAsync(client, organId);
        var reception = await ReceptionAsync(client, organId, staff, letter.Id, startsOn, budget);
        return await (await client.PostAsync($"{Root}/{reception.Id}/submit", null)).ReadAsync<ReceptionResponse>();
    }

    public static async Task<ReceptionResponse> ApprovedAsync(HttpClient client, Guid organId, Guid staff, string startsOn = "2026-12-20", decimal budget = 1000m)
    {
        var submitted = await SubmittedAsync(client, organId, staff, startsOn, budget);
        return await (await client.PostAsync($"{Root}/{submitted.Id}/approve", null)).ReadAsync<ReceptionResponse>();
    }

    /// <summary>Signs a list of the guests a 3-guest letter from <see cref="Letter"/> names, with one accompanying and one support staff member.</summary>
    public static async Task<ReceptionListResponse> SignAsync(HttpClient client, Guid receptionId, Guid staff, int guests = 3, string? extraGuest = null) =>
        await (await client.PostJsonAsync($"{Root}/{receptionId}/lists", new
        {
            staffMemberId = staff,
            guests = Enumerable.Range(1, guests).Select(i => new { unit = "某省发展和改革委员会", name = $"来宾{i}", post = "处长" })
                .Concat(extraGuest is null ? [] : [new { unit = "某省发展和改革委员会", name = extraGuest, post = "科员" }]).ToArray(),
            accompanyingStaff = new[] { new { unit = "市发改委", name = "陪同甲", post = "副主任" } },
            supportStaff = new[] { new { unit = "市机关事务管理局", name = "工作人员乙", post = "科员" } },
        })).ReadAsync<ReceptionListResponse>(HttpStatusCode.Created);

    public static async Task<CapResponse> CapAsync(HttpClient client, Guid organId, int year, decimal cap, int warnPercent = 80) =>
        await (await client.PutJsonAsync($"{Root}/caps/{organId}/{year}", new { cap, warnPercent }, null)).ReadAsync<CapResponse>();

    public static object Cost(string category = "Meals", decimal amount = 300m, string payment = "OfficialCard", string incurredOn = "2026-12-20",
        int? persons = 5, int? units = 1, string[]? items = null, string? explanation = null) => new
    {
        category, amount, paymentMethod = payment, receiptReference = "发票 No.04512345", incurredOn, persons, units, items = items ?? ["Meal"],
        overStandardExplanation = explanation,
    };

    /// <summary>Every open Reception violation, through the Contracts backfill query (pages of 2, so paging is exercised).</summary>
    public static async Task<List<OpenViolation>> OpenViolationsAsync(ApiFixture fixture)
    {
        var all = new List<OpenViolation>();
        Guid? after = null;
        do
        {
            await using var scope = fixture.Factory.Services.CreateAsyncScope();
            var page = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListOpenReceptionViolations(after, 2));
            all.AddRange(page.Items);
            after = page.NextAfter;
        }
        while (after is not null);
        return all;
    }

    /// <summary>A Contracts request as the system principal (as a notification handler of another module sends it).</summary>
    public static async Task<T> SendAsSystemAsync<T>(ApiFixture fixture, IRequest<T> request)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganAffairs.Shared.Security.CurrentPrincipal>().SetSystem();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public static Task<long> EventsAsync(ApiFixture fixture, string type, Guid subject) =>
        fixture.CountAsync("shared_outbox", "type = @Type AND payload LIKE @Subject",
            new { Type = $"OrganAffairs.Contracts.Violations.{type}", Subject = $"%{subject:D}%" });
}
