using System.Net;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.Assets;

public abstract class AssetsReservationsApiTests(ApiFixture fixture)
{
    private const string Url = AssetsSetup.Root + "/reservations";
    private HttpClient Client => fixture.Client;
    private AssetsSetup Setup => new(fixture);

    private static async Task<ReservationResponse> ReserveAsync(HttpClient client, Guid assetId, Guid organId, DateTimeOffset start, DateTimeOffset end, Guid? staffId = null) =>
        await (await client.PostJsonAsync(Url, AssetsSetup.Reservation(assetId, organId, start, end, staffId))).ReadAsync<ReservationResponse>(HttpStatusCode.Created);

    [ProviderFact]
    public async Task A_reservation_touching_another_passes_and_one_overlapping_by_a_minute_is_409_with_the_range()
    {
        var asset = await Setup.AssetAsync();
        var organ = await Setup.OrganAsync();
        var start = AssetsSetup.Future(10, hour: 2);
        var first = await ReserveAsync(Client, asset.Id, organ.Id, start, start.AddHours(4));
        Assert.Equal((ReservationStatus.Reserved, start, start.AddHours(4)), (first.Status, first.StartsAt, first.EndsAt));

        // Touching on both sides.
        await ReserveAsync(Client, asset.Id, organ.Id, start.AddHours(4), start.AddHours(5));
        await ReserveAsync(Client, asset.Id, organ.Id, start.AddHours(-1), start);
        // One minute of overlap at either end.
        var problem = await (await Client.PostJsonAsync(Url, AssetsSetup.Reservation(asset.Id, organ.Id, start.AddHours(5).AddMinutes(-1), start.AddHours(6))))
            .ProblemAsync(HttpStatusCode.Conflict, "assets.reservation-conflict");
        var conflict = Assert.Single(problem.GetProperty("conflicts").EnumerateArray());
        Assert.Equal(start.AddHours(4), conflict.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(start.AddHours(5), conflict.GetProperty("endsAt").GetDateTimeOffset());
        Assert.NotEqual(Guid.Empty, conflict.GetProperty("reservationId").GetGuid());
        await (await Client.PostJsonAsync(Url, AssetsSetup.Reservation(asset.Id, organ.Id, start.AddHours(-2), start.AddHours(-1).AddMinutes(1))))
            .ProblemAsync(HttpStatusCode.Conflict, "assets.reservation-conflict");
        // Enclosing all three: three conflicts.
        var all = await (await Client.PostJsonAsync(Url, AssetsSetup.Reservation(asset.Id, organ.Id, start.AddHours(-3), start.AddHours(8))))
            .ProblemAsync(HttpStatusCode.Conflict, "assets.reservation-conflict");
        Assert.Equal(3, all.GetProperty("conflicts").GetArrayLength());
        Assert.Equal(3, await fixture.CountAsync("assets_reservation", "asset_id = @Id", new { asset.Id }));

        // A cancelled reservation frees its range at once; a cancelled one cannot be cancelled again.
        var cancelled = await (await Client.PostJsonAsync($"{Url}/{first.Id}/cancel", new { reason = "活动取消" })).ReadAsync<ReservationResponse>();
        Assert.Equal((ReservationStatus.Cancelled, "活动取消"), (cancelled.Status, cancelled.CancelReason));
        await (await Client.PostJsonAsync($"{Url}/{first.Id}/cancel", new { reason = "again" })).ProblemAsync(HttpStatusCode.Conflict, "assets.reservation-state");
        await ReserveAsync(Client, asset.Id, organ.Id, start.AddHours(1), start.AddHours(2));
    }

    [ProviderFact]
    public async Task A_conflict_names_another_organs_reservation_only_by_its_range()
    {
        var mine = await Setup.OrganAsync();
        var theirs = await Setup.OrganAsync();
        var asset = await Setup.AssetAsync();
        await Setup.CheckoutAsync(asset.Id, mine.Id);
        var start = AssetsSetup.Future(12);
        var their = await ReserveAsync(Client, asset.Id, theirs.Id, start, start.AddDays(2));
        var client = await Setup.OrganClientAsync(mine.Id);

        var problem = await (await client.PostJsonAsync(Url, AssetsSetup.Reservation(asset.Id, mine.Id, start.AddDays(1), start.AddDays(3))))
            .ProblemAsync(HttpStatusCode.Conflict, "assets.reservation-conflict");
        var conflict = Assert.Single(problem.GetProperty("conflicts").EnumerateArray());
        Assert.Equal(start, conflict.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, conflict.GetProperty("reservationId").ValueKind);
        Assert.DoesNotContain(their.Id.ToString(), problem.ToString());
        // The bureau sees whose it is.
        var bureau = await (await Client.PostJsonAsync(Url, AssetsSetup.Reservation(asset.Id, mine.Id, start.AddDays(1), start.AddDays(3))))
            .ProblemAsync(HttpStatusCode.Conflict, "assets.reservation-conflict");
        Assert.Equal(their.Id, bureau.GetProperty("conflicts")[0].GetProperty("reservationId").GetGuid());

        // The ordinary organ sees and cancels its own reservations only, reserves only for itself and only assets it sees.
        var own = await ReserveAsync(client, asset.Id, mine.Id, start.AddDays(3), start.AddDays(4));
        var list = await (await client.GetAsync($"{Url}?assetId={asset.Id}")).ReadAsync<PagedResult<ReservationResponse>>();
        Assert.Equal([own.Id], list.Items.Select(r => r.Id));
        await (await client.GetAsync($"{Url}/{their.Id}")).ProblemAsync(HttpStatusCode.NotFound, "assets.reservation-not-found");
        await (await client.PostJsonAsync($"{Url}/{their.Id}/cancel", new { reason = "x" })).ProblemAsync(HttpStatusCode.NotFound, "assets.reservation-not-found");
        Assert.Contains("organId:assets.organ-ref-not-found", (await (await client.PostJsonAsync(Url, AssetsSetup.Reservation(asset.Id, theirs.Id, start.AddDays(5), start.AddDays(6))))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        var stock = await Setup.AssetAsync();
        Assert.Contains("assetId:assets.asset-ref-not-found", (await (await client.PostJsonAsync(Url, AssetsSetup.Reservation(stock.Id, mine.Id, start.AddDays(5), start.AddDays(6))))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        var all = await (await Client.GetAsync($"{Url}?assetId={asset.Id}&status=Reserved&from={Uri.EscapeDataString(start.AddDays(1).ToString("O"))}")).ReadAsync<PagedResult<ReservationResponse>>();
        Assert.Equal(2, all.TotalCount);
    }

    [ProviderFact]
    public async Task Bad_reservations_are_400_and_write_nothing()
    {
        var asset = await Setup.AssetAsync();
        var organ = await Setup.OrganAsync();
        var other = await Setup.OrganAsync();
        var staff = await Setup.StaffAsync(other.Id);
        var start = AssetsSetup.Future(15);
        Assert.Contains("endsAt:assets.reservation-window-invalid", (await (await Client.PostJsonAsync(Url, AssetsSetup.Reservation(asset.Id, organ.Id, start, start)))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("endsAt:assets.reservation-window-invalid", (await (await Client.PostJsonAsync(Url, AssetsSetup.Reservation(asset.Id, organ.Id, start, start.AddDays(90).AddMinutes(1))))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await ReserveAsync(Client, asset.Id, organ.Id, start.AddDays(100), start.AddDays(190));
        Assert.Contains("startsAt:assets.reservation-in-past", (await (await Client.PostJsonAsync(Url, AssetsSetup.Reservation(asset.Id, organ.Id, DateTimeOffset.UtcNow.AddMinutes(-1), start)))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("assetId:assets.asset-ref-not-found", (await (await Client.PostJsonAsync(Url, AssetsSetup.Reservation(Guid.NewGuid(), organ.Id, start, start.AddDays(1))))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        Assert.Contains("staffId:assets.staff-ref-not-found", (await (await Client.PostJsonAsync(Url, AssetsSetup.Reservation(asset.Id, organ.Id, start, start.AddDays(1), staff.Id)))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        var missing = await (await Client.PostJsonAsync(Url, new { purpose = "" })).ProblemAsync(HttpStatusCode.BadRequest, "request.member-missing");
        Assert.Contains("assetId:request.member-missing", missing.FieldErrors());
        // The serializer names every missing member at once, before any validator runs.
        Assert.Equal(["assetId:request.member-missing", "organId:request.member-missing", "startsAt:request.member-missing", "endsAt:request.member-missing"], missing.FieldErrors());
        Assert.Contains("purpose:field.required", (await (await Client.PostJsonAsync(Url, new { assetId = asset.Id, organId = organ.Id, startsAt = start, endsAt = start.AddDays(1), purpose = "" }))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.PostRawAsync(Url, $$"""{"assetId":"{{asset.Id}}","organId":"{{organ.Id}}","startsAt":"tomorrow","endsAt":"2030-01-01T00:00:00Z","purpose":"x"}"""))
            .ProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        Assert.Equal(1, await fixture.CountAsync("assets_reservation", "asset_id = @Id", new { asset.Id }));

        await (await Client.GetAsync($"{Url}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "assets.reservation-not-found");
        Assert.Contains("status:request.enum-invalid", (await (await Client.GetAsync($"{Url}?status=Lost")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.GetAsync($"{Url}?from=soon")).ProblemAsync(HttpStatusCode.BadRequest, "request.parameter-invalid");
        await (await Client.GetAsync($"{Url}?sort=purpose")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Client.PostJsonAsync($"{Url}/{Guid.NewGuid()}/cancel", new { reason = "x" })).ProblemAsync(HttpStatusCode.NotFound, "assets.reservation-not-found");
        await (await Client.PostAsync($"{Url}/{Guid.NewGuid()}/start", null)).ProblemAsync(HttpStatusCode.NotFound, "assets.reservation-not-found");
        var reservation = (await (await Client.GetAsync($"{Url}?assetId={asset.Id}")).ReadAsync<PagedResult<ReservationResponse>>()).Items[0];
        Assert.Contains("reason:field.required", (await (await Client.PostJsonAsync($"{Url}/{reservation.Id}/cancel", new { reason = "" })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid")).FieldErrors());
        await (await Client.PostAsync($"{Url}/{reservation.Id}/start", null)).ProblemAsync(HttpStatusCode.Conflict, "assets.reservation-not-due");

        // A disposed asset takes no reservation; an asset with one to come cannot be disposed.
        await (await Client.PostJsonAsync($"{AssetsSetup.Root}/{asset.Id}/dispose", new { method = "Scrap", disposedOn = "2026-01-01", reference = "x", appraisalReference = "鉴定" }))
            .ProblemAsync(HttpStatusCode.Conflict, "assets.has-reservations");
        var old = await Setup.AssetAsync(AssetsSetup.Asset(purchasedOn: "2010-01-01", warrantyEndsOn: null));
        await (await Client.PostJsonAsync($"{AssetsSetup.Root}/{old.Id}/dispose", new { method = "Scrap", disposedOn = "2020-01-01", reference = "x" })).ReadAsync<AssetResponse>();
        await (await Client.PostJsonAsync(Url, AssetsSetup.Reservation(old.Id, organ.Id, start, start.AddDays(1)))).ProblemAsync(HttpStatusCode.Conflict, "assets.asset-disposed");
    }

    [ProviderFact]
    public async Task A_reservation_turns_into_a_checkout_when_it_starts_and_only_once_across_two_hosts()
    {
        var settings = new Dictionary<string, string?> { ["Assets:ReservationSweepEnabled"] = "false" };
        var a = fixture.ClientFor(fixture.CreateFactory(settings));
        var b = fixture.ClientFor(fixture.CreateFactory(settings));
        var organ = await Setup.OrganAsync();
        var staff = await Setup.StaffAsync(organ.Id);
        var asset = await Setup.AssetAsync();
        // Both hosts started before the clock runs: a host's first request may take seconds on a busy machine.
        await a.GetAsync("/health/live");
        await b.GetAsync("/health/live");
        var start = DateTimeOffset.UtcNow.AddSeconds(4);
        var reservation = await ReserveAsync(a, asset.Id, organ.Id, start, start.AddHours(1), staff.Id);
        await (await a.PostAsync($"{Url}/{reservation.Id}/start", null)).ProblemAsync(HttpStatusCode.Conflict, "assets.reservation-not-due");
        // While the range runs, checkout to anyone else is refused.
        await Task.Delay(start - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(300));
        var other = await Setup.OrganAsync();
        await (await a.PostJsonAsync($"{AssetsSetup.Root}/{asset.Id}/checkout", new { holderOrganId = other.Id })).ProblemAsync(HttpStatusCode.Conflict, "assets.asset-reserved");

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => (i % 2 == 0 ? a : b).PostAsync($"{Url}/{reservation.Id}/start", null)));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await refused.ProblemAsync(HttpStatusCode.Conflict, "assets.reservation-state");
        }
        var started = await (await a.GetAsync($"{Url}/{reservation.Id}")).ReadAsync<ReservationResponse>();
        Assert.Equal(ReservationStatus.Started, started.Status);
        Assert.NotNull(started.StartedAt);
        var held = await (await a.GetAsync($"{AssetsSetup.Root}/{asset.Id}")).ReadAsync<AssetResponse>();
        Assert.Equal((AssetStatus.Assigned, organ.Id, staff.Id), (held.Status, held.HolderOrganId, held.HolderStaffId));
        Assert.Equal(1, await fixture.CountAsync("assets_event", "reservation_id = @Id", new { reservation.Id }));
        await (await a.PostJsonAsync($"{Url}/{reservation.Id}/cancel", new { reason = "x" })).ProblemAsync(HttpStatusCode.Conflict, "assets.reservation-state");
    }

    [ProviderFact]
    public async Task The_background_sweep_starts_due_reservations_and_leaves_ones_it_cannot()
    {
        // Disposed at the end, so its sweep does not start the reservations of the class's other tests.
        using var host = fixture.CreateFactory(new Dictionary<string, string?> { ["Assets:ReservationSweepEnabled"] = "true", ["Assets:ReservationSweepInterval"] = "00:00:00.200" });
        var sweeping = fixture.ClientFor(host);
        var organ = await Setup.OrganAsync();
        var free = await Setup.AssetAsync();
        var inRepair = await Setup.AssetAsync();
        await sweeping.GetAsync("/health/live"); // the host started before the clock runs
        var start = DateTimeOffset.UtcNow.AddSeconds(4);
        var due = await ReserveAsync(sweeping, free.Id, organ.Id, start, start.AddHours(1));
        var blocked = await ReserveAsync(sweeping, inRepair.Id, organ.Id, start, start.AddHours(1));
        await (await sweeping.PostJsonAsync($"{AssetsSetup.Root}/{inRepair.Id}/repair", new { })).ReadAsync<AssetResponse>();

        var status = ReservationStatus.Reserved;
        for (var i = 0; i < 100 && status == ReservationStatus.Reserved; i++)
        {
            await Task.Delay(100);
            status = (await (await sweeping.GetAsync($"{Url}/{due.Id}")).ReadAsync<ReservationResponse>()).Status;
        }
        Assert.Equal(ReservationStatus.Started, status);
        Assert.Equal(AssetStatus.Assigned, (await (await sweeping.GetAsync($"{AssetsSetup.Root}/{free.Id}")).ReadAsync<AssetResponse>()).Status);
        Assert.Equal(ReservationStatus.Reserved, (await (await sweeping.GetAsync($"{Url}/{blocked.Id}")).ReadAsync<ReservationResponse>()).Status);
        await (await sweeping.PostAsync($"{Url}/{blocked.Id}/start", null)).ProblemAsync(HttpStatusCode.Conflict, "assets.asset-unavailable");
    }
}
