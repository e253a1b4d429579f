using Dapper;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Shared.Data;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.Guidance;

/// <summary>
/// Issue 21 item 6: every seeded national rule version of every module cites the register document it takes its numbers from,
/// and the register holds that document. Rule tables are found from the schema (a table with jurisdiction, source and
/// effective_from), so a new module's table is checked without being listed here, and must have document_id.
/// </summary>
public abstract class SeededRuleDocumentTests(ApiFixture fixture)
{
    /// <summary>Seeded sources that name no document: a reference value or a default, each with why.</summary>
    private static readonly string[] NoDocument =
    [
        "乡镇职级：由省级规定", // township ranks: a default until the province sets them
        "应急管理部门应急救援车辆号牌", // emergency plates: format and date still to be confirmed, no document number known
        "化石燃料排放因子（参考值）", // reference emission factors, unconfirmed
        "油品密度参考值", // reference fuel densities, unconfirmed
        "本系统初始值（无国家规定）", // a starting value where no national rule exists
        "本地做法", // a local practice, to be replaced by the bureau's notice
        "三公经费公开说明增减变化原因（地方格式", // a local format
    ];

    [ProviderFact]
    public async Task Every_seeded_national_rule_version_cites_a_document_the_register_holds()
    {
        await using var connection = fixture.OpenConnection();
        var schema = fixture.Provider == DatabaseProvider.SqlServer ? "SCHEMA_NAME()" : "current_schema()";
        var tables = (await connection.QueryAsync<string>(fixture.Provider == DatabaseProvider.Sqlite
            ? "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'source') " +
              "AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'jurisdiction') " +
              "AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'effective_from')"
            : $"SELECT table_name FROM information_schema.columns WHERE column_name IN ('source', 'jurisdiction', 'effective_from') AND table_schema = {schema} " +
              "GROUP BY table_name HAVING COUNT(*) = 3")).Order().ToList();
        Assert.Contains("vehicles_rule", tables);
        Assert.True(tables.Count >= 12, string.Join(", ", tables));

        var register = (await connection.QueryAsync<string>("SELECT CAST(id AS VARCHAR(36)) FROM guidance_rule_document")).Select(Guid.Parse).ToHashSet();
        var problems = new List<string>();
        foreach (var table in tables)
        {
            var columns = fixture.Provider == DatabaseProvider.Sqlite
                ? (await connection.QueryAsync<string>($"SELECT name FROM pragma_table_info('{table}')")).ToList()
                : (await connection.QueryAsync<string>($"SELECT column_name FROM information_schema.columns WHERE table_name = @table AND table_schema = {schema}", new { table })).ToList();
            if (!columns.Contains("document_id"))
            {
                problems.Add($"{table}: no document_id column");
                continue;
            }
            var seeded = await connection.QueryAsync<(string Id, string Source, string? DocumentId)>(
                $"SELECT CAST(id AS VARCHAR(36)), source, CAST(document_id AS VARCHAR(36)) FROM {table} WHERE jurisdiction = 'national' AND CAST(id AS VARCHAR(36)) LIKE '00000000-0000-0000-%'");
            foreach (var row in seeded)
            {
                if (row.DocumentId is null)
                {
                    if (!NoDocument.Any(row.Source.StartsWith))
                    {
                        problems.Add($"{table} {row.Id}: cites no document ({row.Source[..Math.Min(30, row.Source.Length)]})");
                    }
                }
                else if (!register.Contains(Guid.Parse(row.DocumentId)))
                {
                    problems.Add($"{table} {row.Id}: cites {row.DocumentId}, which the register does not hold");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.All(SeededRuleDocuments.All, d => Assert.Contains(d.Id, register));
    }
}
