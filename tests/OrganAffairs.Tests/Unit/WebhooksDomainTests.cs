using System.Net;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Webhooks;
using OrganAffairs.Webhooks.Domain;
using OrganAffairs.Webhooks.Support;
using Xunit;

namespace OrganAffairs.Tests.Unit;

public sealed class WebhooksDomainTests
{
    [Theory]
    [InlineData("8.8.8.8", "Public")]
    [InlineData("127.0.0.1", "Loopback")]
    [InlineData("::1", "Loopback")]
    [InlineData("10.0.0.1", "Private")]
    [InlineData("172.16.0.1", "Private")]
    [InlineData("172.15.255.255", "Public")]
    [InlineData("172.31.255.255", "Private")]
    [InlineData("172.32.0.0", "Public")]
    [InlineData("192.168.1.1", "Private")]
    [InlineData("100.64.0.1", "Private")]
    [InlineData("100.63.255.255", "Public")]
    [InlineData("169.254.169.254", "LinkLocal")]
    [InlineData("fe80::1", "LinkLocal")]
    [InlineData("fd00::1", "Private")]
    [InlineData("::ffff:10.0.0.1", "Private")]
    [InlineData("::ffff:127.0.0.1", "Loopback")]
    [InlineData("0.0.0.0", "Reserved")]
    [InlineData("224.0.0.1", "Reserved")]
    [InlineData("255.255.255.255", "Reserved")]
    [InlineData("2400:da00::6666", "Public")]
    public void Addresses_are_classified(string address, string kind) => Assert.Equal(Enum.Parse<AddressKind>(kind), TargetAddresses.Classify(IPAddress.Parse(address)));

    [Fact]
    public void Only_configured_networks_are_allowed()
    {
        Assert.False(TargetAddresses.Allows(IPAddress.Loopback, allowLoopback: false, allowPrivate: true));
        Assert.True(TargetAddresses.Allows(IPAddress.Loopback, allowLoopback: true, allowPrivate: false));
        Assert.False(TargetAddresses.Allows(IPAddress.Parse("10.0.0.1"), allowLoopback: true, allowPrivate: false));
        Assert.True(TargetAddresses.Allows(IPAddress.Parse("10.0.0.1"), allowLoopback: false, allowPrivate: true));
        Assert.False(TargetAddresses.Allows(IPAddress.Parse("0.0.0.0"), allowLoopback: true, allowPrivate: true));
    }

    [Theory]
    [InlineData("https://data.example.gov.cn/hooks", false, "None")]
    [InlineData("http://data.example.gov.cn/hooks", false, "Scheme")]
    [InlineData("http://data.example.gov.cn/hooks", true, "None")]
    [InlineData("ftp://data.example.gov.cn/", true, "Scheme")]
    [InlineData("/relative", false, "NotAbsolute")]
    [InlineData("https://u:p@data.example.gov.cn/", false, "UserInfo")]
    [InlineData("https://data.example.gov.cn/#x", false, "Fragment")]
    [InlineData("https://127.0.0.1/", false, "Address")]
    [InlineData("https://localhost/", false, "Address")]
    [InlineData("https://[::1]/", false, "Address")]
    [InlineData("https://192.168.0.10/", false, "Address")]
    public void Target_urls_are_checked_when_written(string url, bool allowHttp, string problem) =>
        Assert.Equal(Enum.Parse<TargetUrlProblem>(problem), TargetUrls.Check(url, allowHttp, allowLoopback: false, allowPrivate: false));

    [Fact]
    public void Back_off_doubles_within_its_jitter_and_stops_at_the_cap()
    {
        var (b, max) = (TimeSpan.FromSeconds(10), TimeSpan.FromHours(1));
        Assert.Equal(TimeSpan.FromSeconds(5), DeliveryPolicy.NextDelay(1, b, max, 0));
        Assert.Equal(TimeSpan.FromSeconds(10), DeliveryPolicy.NextDelay(1, b, max, 1));
        Assert.Equal(TimeSpan.FromSeconds(20), DeliveryPolicy.NextDelay(3, b, max, 0));
        Assert.Equal(TimeSpan.FromSeconds(40), DeliveryPolicy.NextDelay(3, b, max, 1));
        Assert.Equal(TimeSpan.FromMinutes(30), DeliveryPolicy.NextDelay(20, b, max, 0));
        Assert.Equal(TimeSpan.FromHours(1), DeliveryPolicy.NextDelay(100, b, max, 1));
    }

    [Fact]
    public void A_subscription_is_disabled_at_N_failures_or_after_the_dead_period()
    {
        var now = new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero);
        Assert.Null(DeliveryPolicy.DisableAfter(49, now.AddDays(-2), now, 50, TimeSpan.FromDays(3)));
        Assert.Equal(WebhookDisabledReason.ConsecutiveFailures, DeliveryPolicy.DisableAfter(50, now.AddDays(-2), now, 50, TimeSpan.FromDays(3)));
        Assert.Null(DeliveryPolicy.DisableAfter(3, now.AddDays(-3).AddSeconds(1), now, 50, TimeSpan.FromDays(3)));
        Assert.Equal(WebhookDisabledReason.DeadPeriod, DeliveryPolicy.DisableAfter(3, now.AddDays(-3), now, 50, TimeSpan.FromDays(3)));
        Assert.False(DeliveryPolicy.GivesUp(now, now.AddHours(24), TimeSpan.FromHours(24)));
        Assert.True(DeliveryPolicy.GivesUp(now, now.AddHours(24).AddSeconds(1), TimeSpan.FromHours(24)));
    }

    [Fact]
    public void Filters_match_type_module_organ_and_jurisdiction()
    {
        var organ = Guid.NewGuid();
        const string Type = "organaffairs.organs.StaffRetired";
        Assert.True(new EventFilter([], [], null, null).Matches(Type, "organs", null, null));
        Assert.True(new EventFilter([Type], ["organs"], organ, "3201").Matches(Type, "organs", organ, "320102"));
        Assert.False(new EventFilter(["organaffairs.organs.StaffTransferred"], [], null, null).Matches(Type, "organs", organ, "320102"));
        Assert.False(new EventFilter([], ["vehicles"], null, null).Matches(Type, "organs", organ, "320102"));
        Assert.False(new EventFilter([], [], Guid.NewGuid(), null).Matches(Type, "organs", organ, "320102"));
        Assert.False(new EventFilter([], [], null, "3202").Matches(Type, "organs", organ, "320102"));
        Assert.False(new EventFilter([], [], null, "3201").Matches(Type, "organs", null, null));
    }

    [Fact]
    public void The_catalogue_names_events_by_module_and_finds_their_organ()
    {
        Assert.Equal("organs", EventCatalogue.Find(typeof(StaffRetired))!.Module);
        Assert.Equal("organaffairs.organs.StaffRetired", EventCatalogue.Find(typeof(StaffRetired))!.CloudEventType);
        Assert.Contains(EventCatalogue.All, d => d.Module == "violations");
        var from = Guid.NewGuid();
        Assert.Equal(from, EventCatalogue.OrganOf(new StaffTransferred(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), from, null, new DateOnly(2026, 1, 1))));
        var dissolved = new OrganDissolved(Guid.NewGuid(), DateTimeOffset.UtcNow, from, "320102", new DateOnly(2026, 1, 1), null);
        Assert.Equal((from, "320102"), (EventCatalogue.OrganOf(dissolved), EventCatalogue.DivisionCodeOf(dissolved)));
    }
}
