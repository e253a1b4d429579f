using System.Reflection;
using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration;

/// <summary>
/// Every HTTP suite runs once per provider, and each concrete class says which: a class without
/// [RunsOn] would run against whatever the fixture gives it, and a SQL Server class without it fails
/// instead of being reported skipped where there is no SQL Server.
/// </summary>
public sealed class SuiteRegistrationTests
{
    private static bool IsSuite(Type t) => t is { IsAbstract: true, IsClass: true } &&
        t.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Any(c => c.GetParameters() is [{ ParameterType: var p }] && p == typeof(ApiFixture));

    internal static IReadOnlyList<string> Problems(IEnumerable<Type> types)
    {
        var all = types.ToList();
        var problems = new List<string>();
        foreach (var suite in all.Where(IsSuite))
        {
            var concrete = all.Where(t => !t.IsAbstract && t.BaseType == suite).ToList();
            foreach (var provider in Enum.GetValues<DatabaseProvider>())
            {
                var count = concrete.Count(t => t.GetCustomAttribute<RunsOnAttribute>()?.Provider == provider);
                if (count != 1)
                {
                    problems.Add($"{suite.Name}: {count} classes run on {provider}");
                }
            }
            problems.AddRange(concrete.Where(t => t.GetCustomAttribute<RunsOnAttribute>() is null).Select(t => $"{t.Name} has no [RunsOn]"));
        }
        return problems;
    }

    [Fact]
    public void Every_suite_runs_once_on_each_provider()
    {
        var problems = Problems(typeof(SuiteRegistrationTests).Assembly.GetTypes().Where(t => t.DeclaringType != typeof(SuiteRegistrationTests)));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_registration_rule_catches_a_missing_attribute() =>
        Assert.Equal(
            ["PlantedSuite: 0 classes run on SqlServer", "PlantedSuite_SqlServer has no [RunsOn]"],
            Problems([typeof(PlantedSuite), typeof(PlantedSuite_Sqlite), typeof(PlantedSuite_PostgreSql), typeof(PlantedSuite_SqlServer)]));

    // A planted violation: the SQL Server class lacks its attribute. Not public, so xunit never runs it.
    internal abstract class PlantedSuite(ApiFixture fixture)
    {
        protected ApiFixture Fixture { get; } = fixture;
    }

    [RunsOn(DatabaseProvider.Sqlite)]
    internal sealed class PlantedSuite_Sqlite(ApiFixture fixture) : PlantedSuite(fixture);

    [RunsOn(DatabaseProvider.PostgreSql)]
    internal sealed class PlantedSuite_PostgreSql(ApiFixture fixture) : PlantedSuite(fixture);

    internal sealed class PlantedSuite_SqlServer(ApiFixture fixture) : PlantedSuite(fixture);
}
