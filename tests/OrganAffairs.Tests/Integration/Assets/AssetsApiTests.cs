using System.Net;
using System.Text;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.Assets;

public abstract class AssetsApiTests(ApiFixture fixture)
{
    private const string Root = AssetsSetup.Root;
    private HttpClient Client => fixture.Client;
    private AssetsSetup Setup => new(fixture);

    [ProviderFact]
    public async Task An_asset_is_registered_checked_out_moved_repaired_checked_in_with_history()
    {
        var (_, room) = await Setup.RoomAsync();
        var (_, otherRoom) = await Setup.RoomAsync();
        var organ = await Setup.OrganAsync();
        var staff = await Setup.StaffAsync(organ.Id);
        var created = await (await Client.PostJsonAsync(Root, AssetsSetup.Asset(roomId: room, price: 1234.5m))).ReadAsync<AssetResponse>(HttpStatusCode.Created);
        Assert.Equal((AssetStatus.InStock, 1234.50m, room, (Guid?)null), (created.Status, created.PurchasePrice, created.RoomId, created.HolderOrganId));

        var get = await Client.GetAsync($"{Root}/{created.Id}");
        Assert.Equal("\"1\"", get.ETag());
        var out1 = await (await Client.PostJsonAsync($"{Root}/{created.Id}/checkout", new { holderStaffId = staff.Id, note = "新入职配发" })).ReadAsync<AssetResponse>();
        Assert.Equal((AssetStatus.Assigned, organ.Id, staff.Id), (out1.Status, out1.HolderOrganId, out1.HolderStaffId));
        var moved = await (await Client.PostJsonAsync($"{Root}/{created.Id}/move", new { roomId = otherRoom })).ReadAsync<AssetResponse>();
        Assert.Equal(otherRoom, moved.RoomId);
        var inRepair = await (await Client.PostJsonAsync($"{Root}/{created.Id}/repair", new { note = "屏幕故障" })).ReadAsync<AssetResponse>();
        Assert.Equal((AssetStatus.InRepair, organ.Id), (inRepair.Status, inRepair.HolderOrganId));
        await (await Client.PostJsonAsync($"{Root}/{created.Id}/checkin", new { })).ProblemAsync(HttpStatusCode.Conflict, "assets.asset-state");
        var back = await (await Client.PostJsonAsync($"{Root}/{created.Id}/repair-return", new { })).ReadAsync<AssetResponse>();
        Assert.Equal(AssetStatus.Assigned, back.Status);
        await (await Client.PostJsonAsync($"{Root}/{created.Id}/repair-return", new { })).ProblemAsync(HttpStatusCode.Conflict, "assets.asset-state");
        await (await Client.PostJsonAsync($"{Root}/{created.Id}/checkout", new { holderOrganId = organ.Id })).ProblemAsync(HttpStatusCode.Conflict, "assets.asset-state");
        var returned = await (await Client.PostJsonAsync($"{Root}/{created.Id}/checkin", new { roomId = room })).ReadAsync<AssetResponse>();
        Assert.Equal((AssetStatus.InStock, (Guid?)null, (Guid?)null, room), (returned.Status, returned.HolderOrganId, returned.HolderStaffId, returned.RoomId));

        var history = await (await Client.GetAsync($"{Root}/{created.Id}/history")).ReadAsync<PagedResult<AssetEventResponse>>();
        Assert.Equal([AssetEventKind.Registered, AssetEventKind.CheckedOut, AssetEventKind.Moved, AssetEventKind.RepairStarted, AssetEventKind.RepairEnded, AssetEventKind.CheckedIn],
            history.Items.Select(e => e.Kind));
        Assert.Equal("新入职配发", history.Items[1].Note);
        Assert.True(await fixture.CountAsync("shared_audit", "entity_id = @Id", new { created.Id }) >= 6);
    }

    [ProviderFact]
    public async Task A_repeated_registration_with_its_idempotency_key_replays_the_first_answer()
    {
        var body = AssetsSetup.Asset();
        var key = Guid.NewGuid().ToString("N");
        var first = await (await Client.PostJsonAsync(Root, body, key)).ReadAsync<AssetResponse>(HttpStatusCode.Created);
        var again = await Client.PostJsonAsync(Root, body, key);
        Assert.Equal(first.Id, (await again.ReadAsync<AssetResponse>(HttpStatusCode.Created)).Id);
        Assert.True(again.Headers.Contains("Idempotent-Replayed"));
        await (await Client.PostJsonAsync(Root, AssetsSetup.Asset(), key)).ProblemAsync(HttpStatusCode.UnprocessableEntity, "idempotency.key-reused");
        Assert.Equal(1, await fixture.CountAsync("assets_asset", "tag = @Tag", new { Tag = first.Tag }));
    }

    [ProviderFact]
    public async Task Checkout_of_an_asset_in_repair_is_refused_and_nothing_changes()
    {
        var organ = await Setup.OrganAsync();
        var asset = await Setup.AssetAsync();
        await (await Client.PostJsonAsync($"{Root}/{asset.Id}/repair", new { })).ReadAsync<AssetResponse>();
        await (await Client.PostJsonAsync($"{Root}/{asset.Id}/checkout", new { holderOrganId = organ.Id })).ProblemAsync(HttpStatusCode.Conflict, "assets.asset-in-repair");
        var read = await (await Client.GetAsync($"{Root}/{asset.Id}")).ReadAsync<AssetResponse>();
        Assert.Equal((AssetStatus.InRepair, (Guid?)null), (read.Status, read.HolderOrganId));
    }

    [ProviderFact]
    public async Task Tags_are_unique_and_updates_need_if_match()
    {
        var asset = await Setup.AssetAsync();
        await (await Client.PostJsonAsync(Root, AssetsSetup.Asset(tag: asset.Tag))).ProblemAsync(HttpStatusCode.Conflict, "assets.tag-taken");
        var body = new { category = "Printer", model = "M405", manufacturer = "惠普", serial = (string?)null, warrantyEndsOn = "2030-01-01" };
        await (await Client.PutJsonAsync($"{Root}/{asset.Id}", body, null)).ProblemAsync((HttpStatusCode)428, "concurrency.if-match-required");
        await (await Client.PutJsonAsync($"{Root}/{asset.Id}", body, "\"7\"")).ProblemAsync(HttpStatusCode.PreconditionFailed, "concurrency.stale");
        var updated = await Client.PutJsonAsync($"{Root}/{asset.Id}", body, "\"1\"");
        var read = await updated.ReadAsync<AssetResponse>();
        Assert.Equal((AssetCategory.Printer, "M405", (string?)null, 2L), (read.Category, read.Model, read.Serial, read.Version));
        Assert.Equal("\"2\"", updated.ETag());
        var bad = await (await Client.PutJsonAsync($"{Root}/{asset.Id}", new { category = "Printer", model = "M", manufacturer = "H", warrantyEndsOn = "2001-01-01" }, "\"2\""))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("warrantyEndsOn:assets.date-invalid", bad.FieldErrors());
        await (await Client.PutJsonAsync($"{Root}/{Guid.NewGuid()}", body, "\"1\"")).ProblemAsync(HttpStatusCode.NotFound, "assets.asset-not-found");
    }

    [ProviderFact]
    public async Task Bad_input_on_assets_is_4xx_and_writes_nothing()
    {
        var tag = AssetsSetup.NewTag();
        var invalid = await (await Client.PostJsonAsync(Root, new { tag = new string('x', 41), category = "Computer", model = "", manufacturer = "联想", purchasedOn = "2025-01-01", purchasePrice = 1.234m }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("tag:field.too-long", invalid.FieldErrors());
        Assert.Contains("model:field.required", invalid.FieldErrors());
        Assert.Contains("purchasePrice:assets.amount-invalid", invalid.FieldErrors());
        Assert.Contains("category:request.enum-invalid", (await (await Client.PostRawAsync(Root, $$"""{"tag":"{{tag}}","category":"Spaceship","model":"m","manufacturer":"x","purchasedOn":"2025-01-01","purchasePrice":1}""")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.PostRawAsync(Root, $$"""{"tag":"{{tag}}","category":"Computer","model":"m","manufacturer":"x","purchasedOn":"yesterday","purchasePrice":1}""")).ProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        await (await Client.PostRawAsync(Root, $$"""{"tag":"{{tag}}","category":"Computer","model":"m","manufacturer":"x","purchasedOn":"2025-01-01","purchasePrice":1,"status":"Disposed"}""")).ProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        Assert.Contains("purchasedOn:assets.date-invalid", (await (await Client.PostJsonAsync(Root, AssetsSetup.Asset(tag: tag, purchasedOn: "2099-01-01", warrantyEndsOn: null)))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("warrantyEndsOn:assets.date-invalid", (await (await Client.PostJsonAsync(Root, AssetsSetup.Asset(tag: tag, warrantyEndsOn: "2020-01-01")))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("roomId:assets.room-ref-not-found", (await (await Client.PostJsonAsync(Root, AssetsSetup.Asset(tag: tag, roomId: Guid.NewGuid())))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Equal(0, await fixture.CountAsync("assets_asset", "tag = @Tag", new { Tag = tag }));

        await (await Client.GetAsync($"{Root}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "assets.asset-not-found");
        Assert.Contains("category:request.enum-invalid", (await (await Client.GetAsync($"{Root}?category=Spaceship")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("status:request.enum-invalid", (await (await Client.GetAsync($"{Root}?status=3")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("sort:sorting.invalid", (await (await Client.GetAsync($"{Root}?sort=colour")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.GetAsync($"{Root}?pageSize=201")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Root}?holderOrganId=nope")).ProblemAsync(HttpStatusCode.BadRequest, "request.parameter-invalid");
        await (await Client.GetAsync($"{Root}?q={new string('x', 101)}")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Root}/{Guid.NewGuid()}/history")).ProblemAsync(HttpStatusCode.NotFound, "assets.asset-not-found");
        await (await Client.GetAsync($"{Root}/warranty?withinDays=-1")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.GetAsync($"{Root}/end-of-life?withinDays=99999")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("category:request.enum-invalid", (await (await Client.GetAsync($"{Root}/end-of-life?category=Spaceship")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("format:request.enum-invalid", (await (await Client.GetAsync($"{Root}/reports/holdings?format=Xml")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.GetAsync($"{Root}/end-of-life?on=someday")).ProblemAsync(HttpStatusCode.BadRequest, "request.parameter-invalid");
    }

    [ProviderFact]
    public async Task Bad_input_on_asset_actions_is_4xx_and_changes_nothing()
    {
        var organ = await Setup.OrganAsync();
        var other = await Setup.OrganAsync();
        var staff = await Setup.StaffAsync(other.Id);
        var asset = await Setup.AssetAsync();
        var url = $"{Root}/{asset.Id}";
        Assert.Contains("holderOrganId:assets.holder-required", (await (await Client.PostJsonAsync($"{url}/checkout", new { })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("holderOrganId:assets.organ-ref-not-found", (await (await Client.PostJsonAsync($"{url}/checkout", new { holderOrganId = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        // A staff member of another organ than the one named.
        Assert.Contains("holderStaffId:assets.staff-ref-not-found", (await (await Client.PostJsonAsync($"{url}/checkout", new { holderOrganId = organ.Id, holderStaffId = staff.Id })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("roomId:assets.room-ref-not-found", (await (await Client.PostJsonAsync($"{url}/checkout", new { holderOrganId = organ.Id, roomId = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("note:field.too-long", (await (await Client.PostJsonAsync($"{url}/checkout", new { holderOrganId = organ.Id, note = new string('x', 501) })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.PostRawAsync($"{url}/checkout", """{"holderOrganId":12}""")).ProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        await (await Client.PostJsonAsync($"{Root}/{Guid.NewGuid()}/checkout", new { holderOrganId = organ.Id })).ProblemAsync(HttpStatusCode.NotFound, "assets.asset-not-found");
        await (await Client.PostJsonAsync($"{url}/checkin", new { })).ProblemAsync(HttpStatusCode.Conflict, "assets.asset-state");
        Assert.Contains("note:field.too-long", (await (await Client.PostJsonAsync($"{url}/checkin", new { note = new string('x', 501) })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("roomId:request.member-missing", (await (await Client.PostJsonAsync($"{url}/move", new { })).ProblemAsync(HttpStatusCode.BadRequest, "request.member-missing")).FieldErrors());
        Assert.Contains("roomId:assets.room-ref-not-found", (await (await Client.PostJsonAsync($"{url}/move", new { roomId = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("note:field.too-long", (await (await Client.PostJsonAsync($"{url}/repair", new { note = new string('x', 501) })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.PostJsonAsync($"{Root}/{Guid.NewGuid()}/repair-return", new { })).ProblemAsync(HttpStatusCode.NotFound, "assets.asset-not-found");
        Assert.Contains("note:field.required", (await (await Client.PostJsonAsync($"{url}/resolve-missing", new { note = "" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.PostJsonAsync($"{url}/resolve-missing", new { note = "找到了" })).ProblemAsync(HttpStatusCode.Conflict, "assets.not-missing");
        var dispose = await (await Client.PostJsonAsync($"{url}/dispose", new { method = "Scrap", disposedOn = "2099-01-01", reference = "" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("reference:field.required", dispose.FieldErrors());
        Assert.Contains("disposedOn:assets.date-invalid", (await (await Client.PostJsonAsync($"{url}/dispose", new { method = "Scrap", disposedOn = "2099-01-01", reference = "批复" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("disposedOn:assets.date-invalid", (await (await Client.PostJsonAsync($"{url}/dispose", new { method = "Scrap", disposedOn = "2020-01-01", reference = "批复" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("method:request.enum-invalid", (await (await Client.PostRawAsync($"{url}/dispose", """{"method":"Burn","disposedOn":"2026-01-01","reference":"x"}""")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());

        var read = await (await Client.GetAsync(url)).ReadAsync<AssetResponse>();
        Assert.Equal((AssetStatus.InStock, 1L), (read.Status, read.Version));
        Assert.Equal(1, await fixture.CountAsync("assets_event", "asset_id = @Id", new { asset.Id }));
    }

    [ProviderFact]
    public async Task Disposal_waits_for_the_service_life_to_the_day_unless_appraised_and_keeps_the_record()
    {
        // Computers: 6 years (seeded, unconfirmed). Bought 2015-03-01, the life ends 2021-03-01.
        var asset = await Setup.AssetAsync(AssetsSetup.Asset(purchasedOn: "2015-03-01", warrantyEndsOn: null));
        var problem = await (await Client.PostJsonAsync($"{Root}/{asset.Id}/dispose", new { method = "Scrap", disposedOn = "2021-02-28", reference = "财资〔2021〕1号" }))
            .ProblemAsync((HttpStatusCode)422, "assets.service-life-not-reached");
        Assert.Contains("2021-03-01", problem.GetProperty("detail").GetString());
        Assert.Contains("UNCONFIRMED", problem.GetProperty("detail").GetString());
        var disposed = await (await Client.PostJsonAsync($"{Root}/{asset.Id}/dispose", new { method = "Scrap", disposedOn = "2021-03-01", reference = "财资〔2021〕1号" })).ReadAsync<AssetResponse>();
        Assert.Equal((AssetStatus.Disposed, AssetDisposalMethod.Scrap, new DateOnly(2021, 3, 1)), (disposed.Status, disposed.DisposalMethod!.Value, disposed.DisposedOn!.Value));
        await (await Client.PostJsonAsync($"{Root}/{asset.Id}/dispose", new { method = "Scrap", disposedOn = "2021-03-01", reference = "x" })).ProblemAsync(HttpStatusCode.Conflict, "assets.asset-disposed");
        await (await Client.PostJsonAsync($"{Root}/{asset.Id}/move", new { roomId = (await Setup.RoomAsync()).RoomId })).ProblemAsync(HttpStatusCode.Conflict, "assets.asset-disposed");
        await (await Client.PutJsonAsync($"{Root}/{asset.Id}", new { category = "Computer", model = "m", manufacturer = "x" }, "\"2\"")).ProblemAsync(HttpStatusCode.Conflict, "assets.asset-disposed");
        Assert.Equal(1, await fixture.CountAsync("assets_asset", "id = @Id", new { asset.Id }));

        // A damaged asset goes earlier with a technical appraisal; an assigned one must come back first.
        var young = await Setup.AssetAsync();
        var organ = await Setup.OrganAsync();
        await Setup.CheckoutAsync(young.Id, organ.Id);
        await (await Client.PostJsonAsync($"{Root}/{young.Id}/dispose", new { method = "Scrap", disposedOn = "2025-06-01", reference = "批复", appraisalReference = "鉴定〔2025〕3号" }))
            .ProblemAsync(HttpStatusCode.Conflict, "assets.asset-state");
        await (await Client.PostJsonAsync($"{Root}/{young.Id}/checkin", new { })).ReadAsync<AssetResponse>();
        await (await Client.PostJsonAsync($"{Root}/{young.Id}/dispose", new { method = "Scrap", disposedOn = "2025-06-01", reference = "批复" })).ProblemAsync((HttpStatusCode)422, "assets.service-life-not-reached");
        var early = await (await Client.PostJsonAsync($"{Root}/{young.Id}/dispose", new { method = "Transfer", disposedOn = "2025-06-01", reference = "批复", appraisalReference = "鉴定〔2025〕3号" })).ReadAsync<AssetResponse>();
        Assert.Equal(AssetStatus.Disposed, early.Status);
        // Other has no service life: no limit.
        var other = await Setup.AssetAsync(AssetsSetup.Asset(category: "Other", purchasedOn: "2025-01-01", warrantyEndsOn: null));
        await (await Client.PostJsonAsync($"{Root}/{other.Id}/dispose", new { method = "Donation", disposedOn = "2025-02-01", reference = "批复" })).ReadAsync<AssetResponse>();
    }

    [ProviderFact]
    public async Task Service_life_rules_are_versioned_by_jurisdiction_and_used_for_end_of_life()
    {
        var rules = await (await Client.GetAsync($"{Root}/rules/service-life?on=2026-01-01")).ReadAsync<List<ServiceLifeRuleResponse>>();
        Assert.Equal(6, rules.Single(r => r.Category == AssetCategory.Computer).Years);
        Assert.DoesNotContain(rules, r => r.Category == AssetCategory.Other);
        Assert.All(rules, r => Assert.Contains("UNCONFIRMED", r.Source));

        var created = await (await Client.PostJsonAsync($"{Root}/rules/service-life", new { jurisdiction = "110000", category = "Computer", years = 8, effectiveFrom = "2020-01-01", source = "北京市（示例）" }))
            .ReadAsync<ServiceLifeRuleResponse>(HttpStatusCode.Created);
        Assert.Null(created.EffectiveTo);
        var later = await (await Client.PostJsonAsync($"{Root}/rules/service-life", new { jurisdiction = "110000", category = "Computer", years = 7, effectiveFrom = "2030-01-01", source = "北京市（示例）" }))
            .ReadAsync<ServiceLifeRuleResponse>(HttpStatusCode.Created);
        var versions = await (await Client.GetAsync($"{Root}/rules/service-life?jurisdiction=110000")).ReadAsync<List<ServiceLifeRuleResponse>>();
        Assert.Equal(new DateOnly(2029, 12, 31), versions.Single(v => v.Id == created.Id).EffectiveTo);
        Assert.Equal(later.Id, versions.Single(v => v.EffectiveFrom == new DateOnly(2030, 1, 1)).Id);
        Assert.Equal(8, (await (await Client.GetAsync($"{Root}/rules/service-life?jurisdiction=110101&on=2026-01-01")).ReadAsync<List<ServiceLifeRuleResponse>>())
            .Single(r => r.Category == AssetCategory.Computer).Years);
        await (await Client.PostJsonAsync($"{Root}/rules/service-life", new { jurisdiction = "110000", category = "Computer", years = 9, effectiveFrom = "2020-01-01", source = "x" }))
            .ProblemAsync(HttpStatusCode.Conflict, "assets.rule-version-exists");
        var bad = await (await Client.PostJsonAsync($"{Root}/rules/service-life", new { jurisdiction = "beijing", category = "Computer", years = 0, effectiveFrom = "2020-01-01", source = "" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("jurisdiction:assets.jurisdiction-invalid", bad.FieldErrors());
        Assert.Contains("years:field.out-of-range", bad.FieldErrors());
        Assert.Contains("source:field.required", bad.FieldErrors());
        await (await Client.GetAsync($"{Root}/rules/service-life?jurisdiction=x")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");

        // An asset held in Beijing (8 years) bought 2018-06-01 reaches its end of life on 2026-06-01; in Nanjing (6 years) it would be 2024.
        var beijing = await Setup.OrganAsync("110101");
        var asset = await Setup.AssetAsync(AssetsSetup.Asset(purchasedOn: "2018-06-01", warrantyEndsOn: null));
        await Setup.CheckoutAsync(asset.Id, beijing.Id);
        var before = await (await Client.GetAsync($"{Root}/end-of-life?holderOrganId={beijing.Id}&on=2026-05-31")).ReadAsync<PagedResult<EndOfLifeResponse>>();
        Assert.Empty(before.Items);
        var onTheDay = await (await Client.GetAsync($"{Root}/end-of-life?holderOrganId={beijing.Id}&on=2026-06-01")).ReadAsync<PagedResult<EndOfLifeResponse>>();
        var item = Assert.Single(onTheDay.Items);
        Assert.Equal((asset.Id, 8, new DateOnly(2026, 6, 1)), (item.Asset.Id, item.ServiceLifeYears, item.EndOfLifeOn));
        var ahead = await (await Client.GetAsync($"{Root}/end-of-life?holderOrganId={beijing.Id}&on=2026-05-01&withinDays=31&category=Computer")).ReadAsync<PagedResult<EndOfLifeResponse>>();
        Assert.Single(ahead.Items);
    }

    [ProviderFact]
    public async Task Warranty_lists_show_warranties_ending_soon_or_ended()
    {
        var organ = await Setup.OrganAsync();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        var soon = await Setup.AssetAsync(AssetsSetup.Asset(purchasedOn: "2024-01-01", warrantyEndsOn: today.AddDays(10).ToString("yyyy-MM-dd")));
        var later = await Setup.AssetAsync(AssetsSetup.Asset(purchasedOn: "2024-01-01", warrantyEndsOn: today.AddDays(40).ToString("yyyy-MM-dd")));
        var ended = await Setup.AssetAsync(AssetsSetup.Asset(purchasedOn: "2024-01-01", warrantyEndsOn: today.AddDays(-1).ToString("yyyy-MM-dd")));
        foreach (var a in new[] { soon, later, ended })
        {
            await Setup.CheckoutAsync(a.Id, organ.Id);
        }
        var within30 = await (await Client.GetAsync($"{Root}/warranty?holderOrganId={organ.Id}")).ReadAsync<PagedResult<AssetResponse>>();
        Assert.Equal([soon.Id], within30.Items.Select(a => a.Id));
        var within40 = await (await Client.GetAsync($"{Root}/warranty?holderOrganId={organ.Id}&withinDays=40")).ReadAsync<PagedResult<AssetResponse>>();
        Assert.Equal([soon.Id, later.Id], within40.Items.Select(a => a.Id));
        var expired = await (await Client.GetAsync($"{Root}/warranty?holderOrganId={organ.Id}&expired=true")).ReadAsync<PagedResult<AssetResponse>>();
        Assert.Equal([ended.Id], expired.Items.Select(a => a.Id));
    }

    [ProviderFact]
    public async Task Holdings_report_per_organ_as_json_and_csv()
    {
        var organ = await Setup.OrganAsync();
        var a = await Setup.AssetAsync(AssetsSetup.Asset(price: 1000.10m));
        var b = await Setup.AssetAsync(AssetsSetup.Asset(price: 2000.20m));
        var c = await Setup.AssetAsync(AssetsSetup.Asset(category: "Furniture", price: 300m, model: "=HYPERLINK(\"x\")"));
        foreach (var asset in new[] { a, b, c })
        {
            await Setup.CheckoutAsync(asset.Id, organ.Id);
        }
        var report = await (await Client.GetAsync($"{Root}/reports/holdings?organId={organ.Id}")).ReadAsync<HoldingsReportResponse>();
        Assert.Equal([(AssetCategory.Computer, 2, 3000.30m), (AssetCategory.Furniture, 1, 300.00m)], report.Rows.Select(r => (r.Category, r.Count, r.TotalValue)));
        Assert.All(report.Rows, r => Assert.Equal("市档案局", r.OrganName));

        var csv = await Client.GetAsync($"{Root}/reports/holdings?organId={organ.Id}&format=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFForganId,organName,category,count,totalValue,missing\r\n", text);
        Assert.Contains($"{organ.Id},市档案局,Computer,2,3000.30,0\r\n", text);
        var accept = Http.Request(HttpMethod.Get, $"{Root}/reports/holdings?organId={organ.Id}");
        accept.Headers.Accept.ParseAdd("text/csv");
        Assert.Equal("text/csv", (await Client.SendAsync(accept)).Content.Headers.ContentType?.MediaType);
    }

    [ProviderFact]
    public async Task An_ordinary_organ_sees_what_it_holds_and_reserved_and_nothing_else()
    {
        var mine = await Setup.OrganAsync();
        var theirs = await Setup.OrganAsync();
        var held = await Setup.AssetAsync();
        var reserved = await Setup.AssetAsync();
        var stock = await Setup.AssetAsync();
        var theirAsset = await Setup.AssetAsync();
        await Setup.CheckoutAsync(held.Id, mine.Id);
        await Setup.CheckoutAsync(theirAsset.Id, theirs.Id);
        var start = AssetsSetup.Future(40);
        await (await Client.PostJsonAsync($"{Root}/reservations", AssetsSetup.Reservation(reserved.Id, mine.Id, start, start.AddDays(1)))).ReadAsync<ReservationResponse>(HttpStatusCode.Created);
        var client = await Setup.OrganClientAsync(mine.Id);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{Root}/{held.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{Root}/{reserved.Id}")).StatusCode);
        await (await client.GetAsync($"{Root}/{stock.Id}")).ProblemAsync(HttpStatusCode.NotFound, "assets.asset-not-found");
        await (await client.GetAsync($"{Root}/{theirAsset.Id}")).ProblemAsync(HttpStatusCode.NotFound, "assets.asset-not-found");
        await (await client.GetAsync($"{Root}/{theirAsset.Id}/history")).ProblemAsync(HttpStatusCode.NotFound, "assets.asset-not-found");
        await (await client.PostJsonAsync($"{Root}/{theirAsset.Id}/checkin", new { })).ProblemAsync(HttpStatusCode.NotFound, "assets.asset-not-found");
        var list = await (await client.GetAsync($"{Root}?pageSize=200")).ReadAsync<PagedResult<AssetResponse>>();
        Assert.Equal(new[] { held.Id, reserved.Id }.OrderBy(i => i), list.Items.Select(a => a.Id).OrderBy(i => i));
        var holdings = await (await client.GetAsync($"{Root}/reports/holdings")).ReadAsync<HoldingsReportResponse>();
        Assert.All(holdings.Rows, r => Assert.Equal(mine.Id, r.OrganId));
        Assert.Equal(1, holdings.Rows.Sum(r => r.Count));
        // Its own part of the history only: the registration (held by nobody) is not shown.
        var history = await (await client.GetAsync($"{Root}/{held.Id}/history")).ReadAsync<PagedResult<AssetEventResponse>>();
        Assert.Equal([AssetEventKind.CheckedOut], history.Items.Select(e => e.Kind));

        // It may move and repair what it holds, but not register, dispose, check out to another organ, or edit rules.
        await (await client.PostJsonAsync($"{Root}/{held.Id}/repair", new { })).ReadAsync<AssetResponse>();
        await (await client.PostJsonAsync(Root, AssetsSetup.Asset())).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        await (await client.PostJsonAsync($"{Root}/{held.Id}/dispose", new { method = "Scrap", disposedOn = "2026-01-01", reference = "x" })).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        await (await client.PostJsonAsync($"{Root}/rules/service-life", new { jurisdiction = "national", category = "Computer", years = 1, effectiveFrom = "2030-01-01", source = "x" }))
            .ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        var readOnly = await Setup.OrganClientAsync(mine.Id, "assets.read");
        await (await readOnly.PostJsonAsync($"{Root}/{held.Id}/repair-return", new { })).ProblemAsync(HttpStatusCode.Forbidden, "auth.forbidden");
        await (await fixture.AnonymousClient().GetAsync(Root)).ProblemAsync(HttpStatusCode.Unauthorized, "auth.unauthenticated");
    }
}
