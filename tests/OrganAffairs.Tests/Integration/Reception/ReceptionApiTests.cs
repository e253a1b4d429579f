using System.Net;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Tests.Infrastructure;
using Xunit;
using static OrganAffairs.Tests.Integration.Reception.ReceptionSetup;

namespace OrganAffairs.Tests.Integration.Reception;

/// <summary>Letters, receptions and their workflow, If-Match, organ scope and bad input (issue 18 items 1, 2).</summary>
public abstract class ReceptionApiTests(ApiFixture fixture)
{
    private HttpClient Admin => fixture.Client;

    [ProviderFact]
    public async Task A_letter_is_registered_with_its_guests_read_and_listed()
    {
        var organ = await OrganAsync(Admin);
        var letter = await LetterAsync(Admin, organ.Id, guests: 4, rank: "DepartmentBureau");
        Assert.Equal((organ.Id, 4, (Guid?)null), (letter.OrganId, letter.Guests.Count, letter.ReceptionId));
        Assert.All(letter.Guests, g => Assert.Equal(GuestRank.DepartmentBureau, g.Rank));
        Assert.Equal("来宾1", letter.Guests[0].Name);

        var read = await (await Admin.GetAsync($"{Root}/letters/{letter.Id}")).ReadAsync<LetterResponse>();
        Assert.Equal(letter.Guests.Select(g => g.Id), read.Guests.Select(g => g.Id));
        var list = await (await Admin.GetAsync($"{Root}/letters?organId={organ.Id}&used=false")).ReadAsync<PagedResult<LetterResponse>>();
        Assert.Equal(letter.Id, Assert.Single(list.Items).Id);
        await (await Admin.GetAsync($"{Root}/letters/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "reception.letter-not-found");
    }

    public static TheoryData<string, string> BadLetters => new()
    {
        { """{"organId":"{organ}","senderName":"某厅","letterNumber":"函1","letterDate":"2026-03-02","purpose":"调研","guests":[]}""", "guests:field.required" },
        { """{"organId":"{organ}","senderName":"某厅","senderCreditCode":"91320100MA1234567X","letterNumber":"函1","letterDate":"2026-03-02","purpose":"调研","guests":[{"unit":"某厅","name":"李","post":"处长","rank":"Other"}]}""", "senderCreditCode:reception.credit-code-invalid" },
        { """{"organId":"{organ}","senderName":"","letterNumber":"函1","letterDate":"2026-03-02","purpose":"调研","guests":[{"unit":"某厅","name":"李","post":"处长","rank":"Other"}]}""", "senderName:field.required" },
        { """{"organId":"{organ}","senderName":"某厅","letterNumber":"函1","letterDate":"2026-03-02","purpose":"调研","guests":[{"unit":"某厅","name":"","post":"处长","rank":"Other"}]}""", "guests[0].name:field.required" },
        { """{"organId":"{organ}","senderName":"某厅","letterNumber":"函1","letterDate":"2026-03-02","purpose":"调研","guests":[{"unit":"某厅","name":"李","post":"处长","rank":"Minister"}]}""", "guests[0].rank:request.enum-invalid" },
        { """{"organId":"3f2504e0-4f89-11d3-9a0c-0305e82c3301","senderName":"某厅","letterNumber":"函1","letterDate":"2026-03-02","purpose":"调研","guests":[{"unit":"某厅","name":"李","post":"处长","rank":"Other"}]}""", "organId:reception.organ-ref-not-found" },
    };

    [ProviderTheory]
    [MemberData(nameof(BadLetters))]
    public async Task A_bad_letter_is_400_and_nothing_is_written(string body, string fieldError)
    {
        var organ = await OrganAsync(Admin);
        var before = await fixture.CountAsync("reception_letter");
        var problem = await (await Admin.PostRawAsync($"{Root}/letters", body.Replace("{organ}", organ.Id.ToString(), StringComparison.Ordinal)))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains(fieldError, problem.FieldErrors());
        Assert.Equal(before, await fixture.CountAsync("reception_letter"));
    }

    [ProviderFact]
    public async Task One_letter_funds_one_reception()
    {
        var organ = await OrganAsync(Admin);
        var staff = await StaffAsync(Admin, organ.Id);
        var letter = await LetterAsync(Admin, organ.Id);
        var first = await ReceptionAsync(Admin, organ.Id, staff, letter.Id);
        Assert.Equal((ReceptionStatus.Draft, 3, letter.Id), (first.Status, first.GuestCount, first.LetterId!.Value));

        await (await CreateAsync(Admin, Plan(organ.Id, staff, letter.Id))).ProblemAsync(HttpStatusCode.Conflict, "reception.letter-used");
        Assert.Equal(1, await fixture.CountAsync("reception_reception", "letter_id = @Id", new { letter.Id }));
        Assert.Equal(first.Id, (await (await Admin.GetAsync($"{Root}/letters/{letter.Id}")).ReadAsync<LetterResponse>()).ReceptionId);

        // A Draft moved to another letter frees the first one for a new reception.
        var second = await LetterAsync(Admin, organ.Id, guests: 5);
        var move = Plan(organ.Id, staff, second.Id);
        move.Remove("organId");
        var moved = await (await Admin.PutJsonAsync($"{Root}/{first.Id}", move, $"\"{first.Version}\"")).ReadAsync<ReceptionResponse>();
        Assert.Equal((second.Id, 5), (moved.LetterId!.Value, moved.GuestCount));
        Assert.Null((await (await Admin.GetAsync($"{Root}/letters/{letter.Id}")).ReadAsync<LetterResponse>()).ReceptionId);
        await ReceptionAsync(Admin, organ.Id, staff, letter.Id);

        // A letter addressed to another organ funds none of this organ's receptions.
        var other = await OrganAsync(Admin);
        var foreign = await LetterAsync(Admin, other.Id);
        await (await CreateAsync(Admin, Plan(organ.Id, staff, foreign.Id))).ProblemAsync((HttpStatusCode)422, "reception.letter-other-organ");
    }

    [ProviderFact]
    public async Task No_letter_no_submission_then_the_whole_workflow_to_settlement()
    {
        var organ = await OrganAsync(Admin);
        var staff = await StaffAsync(Admin, organ.Id);
        var draft = await ReceptionAsync(Admin, organ.Id, staff, letterId: null);
        Assert.Equal(0, draft.GuestCount);
        await (await Admin.PostAsync($"{Root}/{draft.Id}/submit", null)).ProblemAsync((HttpStatusCode)422, "reception.no-letter");
        // No approval, no spending.
        await (await Admin.PostJsonAsync($"{Root}/{draft.Id}/costs", Cost())).ProblemAsync((HttpStatusCode)422, "reception.not-approved");

        // The letter is added with If-Match: missing 428, stale 412.
        var letter = await LetterAsync(Admin, organ.Id);
        var update = Plan(organ.Id, staff, letter.Id);
        update.Remove("organId");
        await (await Admin.PutJsonAsync($"{Root}/{draft.Id}", update, null)).ProblemAsync((HttpStatusCode)428, "concurrency.if-match-required");
        await (await Admin.PutJsonAsync($"{Root}/{draft.Id}", update, "\"7\"")).ProblemAsync((HttpStatusCode)412, "concurrency.stale");
        var updated = await (await Admin.PutJsonAsync($"{Root}/{draft.Id}", update, "\"1\"")).ReadAsync<ReceptionResponse>();
        Assert.Equal((2L, letter.Id, 3), (updated.Version, updated.LetterId!.Value, updated.GuestCount));

        var submitted = await (await Admin.PostAsync($"{Root}/{draft.Id}/submit", null)).ReadAsync<ReceptionResponse>();
        Assert.Equal(ReceptionStatus.Submitted, submitted.Status);
        await (await Admin.PutJsonAsync($"{Root}/{draft.Id}", update, $"\"{submitted.Version}\"")).ProblemAsync(HttpStatusCode.Conflict, "reception.reception-state");
        await (await Admin.PostJsonAsync($"{Root}/{draft.Id}/costs", Cost())).ProblemAsync((HttpStatusCode)422, "reception.not-approved");
        await (await Admin.PostAsync($"{Root}/{draft.Id}/complete", null)).ProblemAsync(HttpStatusCode.Conflict, "reception.reception-state");

        await (await Admin.PostAsync($"{Root}/{draft.Id}/approve", null)).ReadAsync<ReceptionResponse>();
        // Settling needs a complete pack: no cost line yet.
        await (await Admin.PostAsync($"{Root}/{draft.Id}/complete", null)).ReadAsync<ReceptionResponse>();
        await (await Admin.PostAsync($"{Root}/{draft.Id}/settle", null)).ProblemAsync((HttpStatusCode)422, "reception.pack-incomplete");
        var line = await (await Admin.PostJsonAsync($"{Root}/{draft.Id}/costs", Cost(amount: 320m))).ReadAsync<CostLineResponse>(HttpStatusCode.Created);
        Assert.Equal((320.00m, false, ReceptionPaymentMethod.OfficialCard), (line.Amount, line.OverStandard, line.PaymentMethod));
        await (await Admin.PostJsonAsync($"{Root}/{draft.Id}/costs", Cost(category: "GuestMealFee", amount: 150m, persons: null, units: null, items: [])))
            .ReadAsync<CostLineResponse>(HttpStatusCode.Created);
        Assert.Contains("signed-list", (await (await Admin.PostAsync($"{Root}/{draft.Id}/settle", null)).ProblemAsync((HttpStatusCode)422, "reception.pack-incomplete"))
            .GetProperty("detail").GetString(), StringComparison.Ordinal);
        await SignAsync(Admin, draft.Id, staff);
        var settled = await (await Admin.PostAsync($"{Root}/{draft.Id}/settle", null)).ReadAsync<ReceptionResponse>();
        Assert.Equal((ReceptionStatus.Settled, 320.00m, 150.00m), (settled.Status, settled.Actual, settled.GuestFees));
        Assert.Equal(2, (await (await Admin.GetAsync($"{Root}/{draft.Id}/costs")).ReadAsync<List<CostLineResponse>>()).Count);
        // The spending line is a cost notification in fen with its payment date; the guest fee is not spending.
        Assert.Equal(1, await fixture.CountAsync("shared_outbox", "type = @Type AND payload LIKE @Line AND payload LIKE @Fen",
            new { Type = typeof(ReceptionCostRecorded).FullName, Line = $"%{line.Id}%", Fen = "%\"amountFen\":32000%" }));
        Assert.Equal(1, await fixture.CountAsync("shared_outbox", "type = @Type AND payload LIKE @Reception", new { Type = typeof(ReceptionCostRecorded).FullName, Reception = $"%{draft.Id}%" }));
        var counts = await SendAsSystemAsync(fixture, new GetReceptionCountsQuery([organ.Id, Guid.NewGuid()], 2026));
        Assert.Equal(new ReceptionCounts(1, 3), Assert.Single(counts).Value);
        Assert.Empty(await SendAsSystemAsync(fixture, new GetReceptionCountsQuery([organ.Id], 2025)));
        await (await Admin.PostJsonAsync($"{Root}/{draft.Id}/costs", Cost())).ProblemAsync(HttpStatusCode.Conflict, "reception.reception-state");
        await (await Admin.PostJsonAsync($"{Root}/{draft.Id}/cancel", new { reason = "取消" })).ProblemAsync(HttpStatusCode.Conflict, "reception.reception-state");

        var listed = await (await Admin.GetAsync($"{Root}?organId={organ.Id}&status=Settled")).ReadAsync<PagedResult<ReceptionResponse>>();
        Assert.Equal(draft.Id, Assert.Single(listed.Items).Id);
        Assert.True(await fixture.CountAsync("shared_audit", "entity_id = @Id", new { draft.Id }) >= 6);
    }

    [ProviderFact]
    public async Task A_reception_is_rejected_or_cancelled_with_a_reason()
    {
        var organ = await OrganAsync(Admin);
        var staff = await StaffAsync(Admin, organ.Id);
        var submitted = await SubmittedAsync(Admin, organ.Id, staff);
        var bad = await (await Admin.PostJsonAsync($"{Root}/{submitted.Id}/reject", new { reason = "" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("reason:field.required", bad.FieldErrors());
        var rejected = await (await Admin.PostJsonAsync($"{Root}/{submitted.Id}/reject", new { reason = "不符合接待范围" })).ReadAsync<ReceptionResponse>();
        Assert.Equal((ReceptionStatus.Rejected, "不符合接待范围"), (rejected.Status, rejected.Reason));
        await (await Admin.PostAsync($"{Root}/{submitted.Id}/approve", null)).ProblemAsync(HttpStatusCode.Conflict, "reception.reception-state");

        var approved = await ApprovedAsync(Admin, organ.Id, staff);
        var cancelled = await (await Admin.PostJsonAsync($"{Root}/{approved.Id}/cancel", new { reason = "来访取消" })).ReadAsync<ReceptionResponse>();
        Assert.Equal(ReceptionStatus.Cancelled, cancelled.Status);
        await (await Admin.PostAsync($"{Root}/{Guid.NewGuid()}/approve", null)).ProblemAsync(HttpStatusCode.NotFound, "reception.reception-not-found");
    }

    [ProviderFact]
    public async Task An_ordinary_organ_sees_only_its_own_receptions_and_letters()
    {
        var (mine, myStaff, myKey) = await OrganWithKeyAsync(Admin);
        var other = await OrganAsync(Admin);
        var otherStaff = await StaffAsync(Admin, other.Id);
        var theirLetter = await LetterAsync(Admin, other.Id);
        var theirs = await ReceptionAsync(Admin, other.Id, otherStaff, theirLetter.Id);
        var own = fixture.ClientFor(fixture.Factory, myKey);

        var myLetter = await LetterAsync(own, mine.Id);
        var ours = await ReceptionAsync(own, mine.Id, myStaff, myLetter.Id);
        await (await own.GetAsync($"{Root}/{theirs.Id}")).ProblemAsync(HttpStatusCode.NotFound, "reception.reception-not-found");
        await (await own.GetAsync($"{Root}/letters/{theirLetter.Id}")).ProblemAsync(HttpStatusCode.NotFound, "reception.letter-not-found");
        await (await own.GetAsync($"{Root}/{theirs.Id}/costs")).ProblemAsync(HttpStatusCode.NotFound, "reception.reception-not-found");
        await (await own.PostAsync($"{Root}/{theirs.Id}/submit", null)).ProblemAsync(HttpStatusCode.NotFound, "reception.reception-not-found");
        var list = await (await own.GetAsync($"{Root}?pageSize=200")).ReadAsync<PagedResult<ReceptionResponse>>();
        Assert.Equal(ours.Id, Assert.Single(list.Items).Id);
        var letters = await (await own.GetAsync($"{Root}/letters?pageSize=200")).ReadAsync<PagedResult<LetterResponse>>();
        Assert.Equal(myLetter.Id, Assert.Single(letters.Items).Id);

        // Another organ's letter or organ is a reference that does not resolve: the same 400 as a missing one.
        var problem = await (await CreateAsync(own, Plan(mine.Id, myStaff, theirLetter.Id))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("letterId:reception.letter-ref-not-found", problem.FieldErrors());
        problem = await (await CreateAsync(own, Plan(other.Id, myStaff, null))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("organId:reception.organ-ref-not-found", problem.FieldErrors());
        problem = await (await CreateAsync(own, Plan(mine.Id, otherStaff, null))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("staffMemberId:reception.staff-ref-not-found", problem.FieldErrors());
    }

    public static TheoryData<string, object?, string> BadPlans => new()
    {
        { "title", "", "title:field.required" },
        { "endsOn", "2026-12-19", "endsOn:reception.dates-invalid" },
        { "endsOn", "2027-01-30", "endsOn:reception.dates-invalid" },
        { "budget", 1.005m, "budget:reception.money-invalid" },
        { "workingMeals", 11, "workingMeals:field.out-of-range" },
        { "activities", Array.Empty<string>(), "activities:field.required" },
        { "staffMemberId", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "staffMemberId:reception.staff-ref-not-found" },
        { "letterId", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "letterId:reception.letter-ref-not-found" },
        { "hostArrangesMeals", false, "hostArrangesMeals:reception.meals-without-host" },
    };

    [ProviderTheory]
    [MemberData(nameof(BadPlans))]
    public async Task A_bad_plan_is_400_and_nothing_is_written(string member, object? value, string fieldError)
    {
        var organ = await OrganAsync(Admin);
        var staff = await StaffAsync(Admin, organ.Id);
        var before = await fixture.CountAsync("reception_reception");
        var problem = await (await CreateAsync(Admin, Plan(organ.Id, staff, null, change: p => p[member] = value))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains(fieldError, problem.FieldErrors());
        Assert.Equal(before, await fixture.CountAsync("reception_reception"));
    }

    [ProviderFact]
    public async Task Unknown_enums_and_wrong_types_are_400()
    {
        var organ = await OrganAsync(Admin);
        var staff = await StaffAsync(Admin, organ.Id);
        Assert.Contains("lodging:request.enum-invalid",
            (await (await CreateAsync(Admin, Plan(organ.Id, staff, null, change: p => p["lodging"] = "Palace"))).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await CreateAsync(Admin, Plan(organ.Id, staff, null, change: p => p["budget"] = "很多"))).ProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        Assert.Contains("status:request.enum-invalid", (await (await Admin.GetAsync($"{Root}?status=Done")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Equal(0, await fixture.CountAsync("reception_reception", "organ_id = @Id", new { organ.Id }));
    }
}
