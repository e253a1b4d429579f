using OrganAffairs.Shared.Data;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace OrganAffairs.Tests.Infrastructure;

/// <summary>Names the database a test class runs on; the discoverer skips the class's tests where it cannot run.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RunsOnAttribute(DatabaseProvider provider) : Attribute
{
    public DatabaseProvider Provider { get; } = provider;
}

/// <summary>The class also needs a streaming replica of the run's PostgreSQL server (skipped where none can be started).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class NeedsReplicaAttribute : Attribute;

/// <summary>A fact that runs on the database its class names, and is reported as skipped (with the reason) where that database is missing.</summary>
[XunitTestCaseDiscoverer("OrganAffairs.Tests.Infrastructure.ProviderFactDiscoverer", "OrganAffairs.Tests")]
public sealed class ProviderFactAttribute : FactAttribute;

/// <summary>The theory form of <see cref="ProviderFactAttribute"/>.</summary>
[XunitTestCaseDiscoverer("OrganAffairs.Tests.Infrastructure.ProviderTheoryDiscoverer", "OrganAffairs.Tests")]
public sealed class ProviderTheoryAttribute : TheoryAttribute;

internal static class ProviderSkip
{
    public static string? Reason(ITestMethod method)
    {
        var type = method.TestClass.Class.ToRuntimeType();
        var runsOn = type?.GetCustomAttributes(typeof(RunsOnAttribute), inherit: true).OfType<RunsOnAttribute>().FirstOrDefault();
        return runsOn?.Provider switch
        {
            DatabaseProvider.PostgreSql when type!.IsDefined(typeof(NeedsReplicaAttribute), true) => PostgresServer.ReplicaSkipReason(),
            DatabaseProvider.PostgreSql => PostgresServer.SkipReason(),
            DatabaseProvider.SqlServer => SqlServerTestServer.SkipReason(),
            _ => null,
        };
    }
}

public sealed class ProviderFactDiscoverer(IMessageSink sink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var reason = ProviderSkip.Reason(testMethod);
        return reason is null
            ? new FactDiscoverer(sink).Discover(options, testMethod, factAttribute)
            : [new XunitSkippedDataRowTestCase(sink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), testMethod, reason)];
    }
}

public sealed class ProviderTheoryDiscoverer(IMessageSink sink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var reason = ProviderSkip.Reason(testMethod);
        return reason is null
            ? new TheoryDiscoverer(sink).Discover(options, testMethod, factAttribute)
            : [new XunitSkippedDataRowTestCase(sink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), testMethod, reason)];
    }
}

/// <summary>
/// A fact that attributes SQL to its call site by the stack, so it needs every frame: tier-1 code
/// inlines small repository methods into their callers. It runs only with DOTNET_JitNoInline=1, which
/// `build.ps1 -Target Test` sets for a second pass of just these tests (trait Pass=NoInlining); the
/// first pass keeps the JIT's inlining for every other test. Elsewhere it is skipped with the reason.
/// </summary>
public sealed class NoInliningFactAttribute : FactAttribute
{
    public const string Pass = "NoInlining";

    public NoInliningFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_JitNoInline") != "1")
        {
            Skip = "needs DOTNET_JitNoInline=1 to see every call site: build.ps1 -Target Test runs it in its own pass (dotnet test --filter Pass=NoInlining -e DOTNET_JitNoInline=1)";
        }
    }
}
