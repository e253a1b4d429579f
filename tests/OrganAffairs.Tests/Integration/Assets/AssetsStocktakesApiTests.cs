using System.Net;
using System.Text;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.Assets;

public abstract class AssetsStocktakesApiTests(ApiFixture fixture)
{
    private const string Url = AssetsSetup.Root + "/stocktakes";
    private HttpClient Client => fixture.Client;
    private AssetsSetup Setup => new(fixture);

    [ProviderFact]
    public async Task An_organ_stocktake_marks_found_elsewhere_and_missing_and_missing_stays_flagged_until_resolved()
    {
        var organ = await Setup.OrganAsync();
        var (_, office) = await Setup.RoomAsync();
        var (_, store) = await Setup.RoomAsync();
        var found = await Setup.AssetAsync(AssetsSetup.Asset(roomId: office));
        var moved = await Setup.AssetAsync(AssetsSetup.Asset(roomId: office));
        var lost = await Setup.AssetAsync(AssetsSetup.Asset(roomId: office));
        var declared = await Setup.AssetAsync(AssetsSetup.Asset(roomId: office));
        var stranger = await Setup.AssetAsync(AssetsSetup.Asset(roomId: store));
        foreach (var a in new[] { found, moved, lost, declared })
        {
            await Setup.CheckoutAsync(a.Id, organ.Id);
        }
        var stocktake = await (await Client.PostJsonAsync(Url, new { name = "2026 年度盘点", scope = "Organ", organId = organ.Id })).ReadAsync<StocktakeResponse>(HttpStatusCode.Created);
        Assert.Equal((4, 4, StocktakeStatus.Open), (stocktake.Expected, stocktake.Pending, stocktake.Status));

        Assert.Equal(StocktakeResult.Found, (await Scan(stocktake.Id, found.Tag, office)).Result);
        Assert.Equal(StocktakeResult.FoundElsewhere, (await Scan(stocktake.Id, moved.Tag, store)).Result);
        Assert.Equal(StocktakeResult.Missing, (await (await Client.PostJsonAsync($"{Url}/{stocktake.Id}/scans", new { tag = declared.Tag, missing = true })).ReadAsync<StocktakeItemResponse>()).Result);
        var extra = await Scan(stocktake.Id, stranger.Tag, office);
        Assert.Equal((StocktakeResult.FoundElsewhere, false), (extra.Result, extra.Expected));

        var closed = await (await Client.PostAsync($"{Url}/{stocktake.Id}/close", null)).ReadAsync<StocktakeResponse>();
        Assert.Equal((StocktakeStatus.Closed, 4, 1, 2, 2, 0), (closed.Status, closed.Expected, closed.Found, closed.FoundElsewhere, closed.Missing, closed.Pending));
        await (await Client.PostAsync($"{Url}/{stocktake.Id}/close", null)).ProblemAsync(HttpStatusCode.Conflict, "assets.stocktake-closed");
        await (await Client.PostJsonAsync($"{Url}/{stocktake.Id}/scans", new { tag = lost.Tag })).ProblemAsync(HttpStatusCode.Conflict, "assets.stocktake-closed");

        var flagged = await (await Client.GetAsync($"{AssetsSetup.Root}?holderOrganId={organ.Id}&missing=true")).ReadAsync<PagedResult<AssetResponse>>();
        Assert.Equal(new[] { lost.Id, declared.Id }.OrderBy(i => i), flagged.Items.Select(a => a.Id).OrderBy(i => i));
        Assert.All(flagged.Items, a => Assert.Equal(stocktake.Id, a.MissingStocktakeId));
        var holdings = await (await Client.GetAsync($"{AssetsSetup.Root}/reports/holdings?organId={organ.Id}")).ReadAsync<HoldingsReportResponse>();
        Assert.Equal(2, Assert.Single(holdings.Rows).Missing);
        // Each missing asset is a violation of the organ until it is accounted for.
        const string open = "kind = 'assets.missing-after-stocktake' AND organ_id = @OrganId AND closed_on IS NULL";
        Assert.Equal(2, await fixture.CountAsync("shared_violation", open, new { OrganId = organ.Id }));

        // Still flagged after a new campaign opens; seen by it, the flag clears; the other is resolved by hand.
        var next = await (await Client.PostJsonAsync(Url, new { name = "复盘", scope = "Organ", organId = organ.Id })).ReadAsync<StocktakeResponse>(HttpStatusCode.Created);
        Assert.True((await (await Client.GetAsync($"{AssetsSetup.Root}/{lost.Id}")).ReadAsync<AssetResponse>()).Missing);
        await Scan(next.Id, lost.Tag, office);
        Assert.False((await (await Client.GetAsync($"{AssetsSetup.Root}/{lost.Id}")).ReadAsync<AssetResponse>()).Missing);
        var resolved = await (await Client.PostJsonAsync($"{AssetsSetup.Root}/{declared.Id}/resolve-missing", new { note = "在档案室找回", roomId = store })).ReadAsync<AssetResponse>();
        Assert.Equal((false, store), (resolved.Missing, resolved.RoomId));
        var history = await (await Client.GetAsync($"{AssetsSetup.Root}/{declared.Id}/history")).ReadAsync<PagedResult<AssetEventResponse>>();
        Assert.Equal([AssetEventKind.MarkedMissing, AssetEventKind.MissingResolved], history.Items.Skip(2).Select(e => e.Kind));
        Assert.Equal(0, await fixture.CountAsync("shared_violation", open, new { OrganId = organ.Id }));
        Assert.Equal(2, await fixture.CountAsync("shared_violation", "organ_id = @OrganId AND close_reason = 'Corrected'", new { OrganId = organ.Id }));
    }

    [ProviderFact]
    public async Task The_report_is_json_and_csv()
    {
        var organ = await Setup.OrganAsync();
        var (_, room) = await Setup.RoomAsync();
        var a = await Setup.AssetAsync(AssetsSetup.Asset(roomId: room, model: "型号,带逗号"));
        var b = await Setup.AssetAsync(AssetsSetup.Asset(roomId: room));
        await Setup.CheckoutAsync(a.Id, organ.Id);
        await Setup.CheckoutAsync(b.Id, organ.Id);
        var stocktake = await (await Client.PostJsonAsync(Url, new { name = "月度盘点", scope = "Organ", organId = organ.Id })).ReadAsync<StocktakeResponse>(HttpStatusCode.Created);
        await Scan(stocktake.Id, a.Tag, room);
        await (await Client.PostAsync($"{Url}/{stocktake.Id}/close", null)).ReadAsync<StocktakeResponse>();

        var report = await (await Client.GetAsync($"{Url}/{stocktake.Id}/report")).ReadAsync<StocktakeReportResponse>();
        Assert.Equal((1, 1), (report.Stocktake.Found, report.Stocktake.Missing));
        Assert.Equal(new[] { a.Tag, b.Tag }.Order(StringComparer.Ordinal), report.Items.Select(i => i.Tag));
        var csv = await Client.GetAsync($"{Url}/{stocktake.Id}/report?format=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFFtag,category,model,expected,expectedRoomId,foundRoomId,result,scannedAt,note\r\n", text);
        Assert.Contains($"{a.Tag},Computer,\"型号,带逗号\",true,{room},{room},Found,", text);
        Assert.Contains($"{b.Tag},Computer,ThinkCentre M90t,true,{room},,Missing,,", text);
        var got = await (await Client.GetAsync($"{Url}/{stocktake.Id}")).ReadAsync<StocktakeResponse>();
        Assert.Equal(StocktakeStatus.Closed, got.Status);
        var list = await (await Client.GetAsync($"{Url}?organId={organ.Id}&status=Closed")).ReadAsync<PagedResult<StocktakeResponse>>();
        Assert.Equal([stocktake.Id], list.Items.Select(s => s.Id));
    }

    [ProviderFact]
    public async Task A_building_stocktake_is_the_bureaus_and_lists_the_assets_in_its_rooms()
    {
        var (building, room) = await Setup.RoomAsync();
        var inside = await Setup.AssetAsync(AssetsSetup.Asset(roomId: room));
        await Setup.AssetAsync(AssetsSetup.Asset(roomId: (await Setup.RoomAsync()).RoomId));
        var stocktake = await (await Client.PostJsonAsync(Url, new { name = "一号楼盘点", scope = "Building", buildingId = building })).ReadAsync<StocktakeResponse>(HttpStatusCode.Created);
        Assert.Equal((1, (Guid?)null), (stocktake.Expected, stocktake.OrganId));
        Assert.Equal(inside.Id, Assert.Single((await (await Client.GetAsync($"{Url}/{stocktake.Id}/report")).ReadAsync<StocktakeReportResponse>()).Items).AssetId);

        var organ = await Setup.OrganAsync();
        var client = await Setup.OrganClientAsync(organ.Id);
        await (await client.PostJsonAsync(Url, new { name = "x", scope = "Building", buildingId = building })).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
        await (await client.GetAsync($"{Url}/{stocktake.Id}")).ProblemAsync(HttpStatusCode.NotFound, "assets.stocktake-not-found");
        await (await client.PostJsonAsync($"{Url}/{stocktake.Id}/scans", new { tag = inside.Tag })).ProblemAsync(HttpStatusCode.NotFound, "assets.stocktake-not-found");
        var held = await Setup.AssetAsync();
        await Setup.CheckoutAsync(held.Id, organ.Id);
        var own = await (await client.PostJsonAsync(Url, new { name = "本单位盘点", scope = "Organ", organId = organ.Id })).ReadAsync<StocktakeResponse>(HttpStatusCode.Created);
        Assert.Equal(1, own.Expected);
        // The organ cannot scan assets it may not see: the same 400 as an unknown tag.
        Assert.Contains("tag:assets.tag-not-found", (await (await client.PostJsonAsync($"{Url}/{own.Id}/scans", new { tag = inside.Tag })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        var list = await (await client.GetAsync(Url)).ReadAsync<PagedResult<StocktakeResponse>>();
        Assert.Equal([own.Id], list.Items.Select(s => s.Id));
        // The expected asset went back to the bureau's stock meanwhile: the organ still closes its campaign.
        await (await Client.PostJsonAsync($"{AssetsSetup.Root}/{held.Id}/checkin", new { })).ReadAsync<AssetResponse>();
        var closed = await (await client.PostAsync($"{Url}/{own.Id}/close", null)).ReadAsync<StocktakeResponse>();
        Assert.Equal(1, closed.Missing);
        Assert.Contains("organId:assets.organ-ref-not-found", (await (await client.PostJsonAsync(Url, new { name = "x", scope = "Organ", organId = Guid.NewGuid() }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
    }

    [ProviderFact]
    public async Task Bad_stocktake_input_is_4xx_and_writes_nothing()
    {
        var organ = await Setup.OrganAsync();
        var before = await fixture.CountAsync("assets_stocktake");
        Assert.Contains("scope:assets.stocktake-scope-invalid", (await (await Client.PostJsonAsync(Url, new { name = "x", scope = "Organ" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("scope:assets.stocktake-scope-invalid", (await (await Client.PostJsonAsync(Url, new { name = "x", scope = "Building", buildingId = Guid.NewGuid(), organId = organ.Id })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("name:field.required", (await (await Client.PostJsonAsync(Url, new { name = "", scope = "Organ", organId = organ.Id })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("buildingId:assets.building-ref-not-found", (await (await Client.PostJsonAsync(Url, new { name = "x", scope = "Building", buildingId = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("scope:request.enum-invalid", (await (await Client.PostRawAsync(Url, """{"name":"x","scope":"Planet"}""")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Equal(before, await fixture.CountAsync("assets_stocktake"));

        var stocktake = await (await Client.PostJsonAsync(Url, new { name = "x", scope = "Organ", organId = organ.Id })).ReadAsync<StocktakeResponse>(HttpStatusCode.Created);
        Assert.Contains("tag:field.required", (await (await Client.PostJsonAsync($"{Url}/{stocktake.Id}/scans", new { tag = "" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("tag:assets.tag-not-found", (await (await Client.PostJsonAsync($"{Url}/{stocktake.Id}/scans", new { tag = "NO-SUCH-TAG" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        var asset = await Setup.AssetAsync();
        Assert.Contains("roomId:assets.room-ref-not-found", (await (await Client.PostJsonAsync($"{Url}/{stocktake.Id}/scans", new { tag = asset.Tag, roomId = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("roomId:field.must-be-empty", (await (await Client.PostJsonAsync($"{Url}/{stocktake.Id}/scans", new { tag = asset.Tag, roomId = Guid.NewGuid(), missing = true })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.PostJsonAsync($"{Url}/{Guid.NewGuid()}/scans", new { tag = asset.Tag })).ProblemAsync(HttpStatusCode.NotFound, "assets.stocktake-not-found");
        await (await Client.PostAsync($"{Url}/{Guid.NewGuid()}/close", null)).ProblemAsync(HttpStatusCode.NotFound, "assets.stocktake-not-found");
        await (await Client.GetAsync($"{Url}/{Guid.NewGuid()}/report")).ProblemAsync(HttpStatusCode.NotFound, "assets.stocktake-not-found");
        Assert.Contains("format:request.enum-invalid", (await (await Client.GetAsync($"{Url}/{stocktake.Id}/report?format=Pdf")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("status:request.enum-invalid", (await (await Client.GetAsync($"{Url}?status=Paused")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.GetAsync($"{Url}?sort=size")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal(0, await fixture.CountAsync("assets_stocktake_item", "stocktake_id = @Id", new { stocktake.Id }));
    }

    private async Task<StocktakeItemResponse> Scan(Guid stocktakeId, string tag, Guid roomId) =>
        await (await Client.PostJsonAsync($"{Url}/{stocktakeId}/scans", new { tag, roomId })).ReadAsync<StocktakeItemResponse>();
}
