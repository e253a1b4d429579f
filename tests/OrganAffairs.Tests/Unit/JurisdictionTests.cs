using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Security;
using Xunit;

namespace OrganAffairs.Tests.Unit;

public sealed class JurisdictionTests
{
    [Theory]
    [InlineData("320000", "32")]
    [InlineData("320100", "3201")]
    [InlineData("320102", "320102")]
    [InlineData("110000", "11")]
    [InlineData("320010", "320010")]
    [InlineData("320001", "320001")]
    [InlineData("100000", "10")]
    public void A_bureaus_jurisdiction_is_its_code_without_trailing_zero_pairs(string code, string prefix) =>
        Assert.Equal(prefix, Jurisdiction.PrefixOf(code));

    [Theory]
    [InlineData("")]
    [InlineData("32010")]
    [InlineData("3201000")]
    [InlineData("32010A")]
    [InlineData("32%100")]
    [InlineData("３２０１００")]
    public void Only_six_ascii_digits_have_a_jurisdiction(string code) =>
        Assert.Throws<ArgumentException>(() => Jurisdiction.PrefixOf(code));

    [Theory]
    [InlineData("3201", "320102", true)]
    [InlineData("3201", "320100", true)]
    [InlineData("320102", "320102", true)]
    [InlineData("320102", "320104", false)]
    [InlineData("3201", "320200", false)]
    [InlineData("32", "110000", false)]
    public void An_organ_is_in_the_jurisdiction_when_its_code_starts_with_the_prefix(string prefix, string code, bool inside) =>
        Assert.Equal(inside, Jurisdiction.Contains(prefix, code));

    [Theory]
    [InlineData("3201", "3201%")]
    [InlineData("320102", "320102%")]
    public void The_like_pattern_is_the_prefix_and_a_percent(string prefix, string pattern) => Assert.Equal(pattern, Jurisdiction.LikePattern(prefix));

    [Theory]
    [InlineData("32_1")]
    [InlineData("3[01")]
    [InlineData("32%")]
    [InlineData("3")]
    [InlineData("3201001")]
    public void No_like_wildcard_can_reach_the_pattern(string prefix) => Assert.Throws<ArgumentException>(() => Jurisdiction.LikePattern(prefix));

    private static OrganScope Scope(CurrentPrincipal principal) =>
        new(principal, new OrganDirectory(new UnitOfWork(new ConnectionFactory(new DatabaseOptions())), new SqlDialect(DatabaseProvider.Sqlite), new BureauJurisdictions(TimeProvider.System)), new BureauOrgan());

    [Fact]
    public void The_seam_filters_an_organ_by_its_id_and_a_county_bureau_by_the_directory()
    {
        var organ = Guid.NewGuid();
        var ordinary = new CurrentPrincipal();
        ordinary.Set("ApiKey:1", null, organ, seesAllOrgans: false);
        var filter = Scope(ordinary).Filter("organ_id")!;
        Assert.Equal(("organ_id = @ScopeOrganId", organ, (string?)null), (filter.Sql, filter.ScopeOrganId, filter.ScopePrefix));
        Assert.Equal(["ScopeOrganId"], filter.Parameters.Select(p => p.Key));

        var county = new CurrentPrincipal();
        county.Set("ApiKey:2", null, organ, seesAllOrgans: false, jurisdiction: "320102");
        var scoped = Scope(county).Filter("t.organ_id")!;
        Assert.Equal("t.organ_id IN (SELECT organ_id FROM shared_organ_directory WHERE division_code LIKE @ScopePrefix ESCAPE '\\')", scoped.Sql);
        Assert.Equal("320102%", scoped.ScopePrefix);
        Assert.Equal(["ScopeOrganId", "ScopePrefix"], scoped.Parameters.Select(p => p.Key));

        // The top bureau and the system see all, whatever else they carry.
        var top = new CurrentPrincipal();
        top.Set("ApiKey:3", null, organ, seesAllOrgans: true, jurisdiction: "3201");
        Assert.Null(Scope(top).Filter("organ_id"));
        Assert.Null(top.Jurisdiction);
    }

    [Fact]
    public async Task Without_a_jurisdiction_no_directory_read_is_needed()
    {
        var organ = Guid.NewGuid();
        var ordinary = new CurrentPrincipal();
        ordinary.Set("ApiKey:1", null, organ, seesAllOrgans: false);
        var scope = Scope(ordinary);
        Assert.True(await scope.CanSeeAsync(organ, CancellationToken.None));
        Assert.False(await scope.CanSeeAsync(Guid.NewGuid(), CancellationToken.None));
        Assert.False(await scope.CanSeeAsync(null, CancellationToken.None));
        var visible = await scope.VisibilityAsync([organ, Guid.NewGuid(), null], CancellationToken.None);
        Assert.True(visible(organ));
        Assert.False(visible(null));
    }
}
