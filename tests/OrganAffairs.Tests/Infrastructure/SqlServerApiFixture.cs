using OrganAffairs.Shared.Data;

namespace OrganAffairs.Tests.Infrastructure;

/// <summary>The Host on SQL Server (a container or the server named by ORGANAFFAIRS_TEST_SQLSERVER), a database per test class.</summary>
public sealed class SqlServerApiFixture : ApiFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;
    protected override string? SkipReason => SqlServerTestServer.SkipReason();

    protected override async Task<string> CreateDatabaseAsync()
    {
        TypeHandlers.Register();
        return await (await SqlServerTestServer.GetAsync()).CreateDatabaseAsync();
    }
}
