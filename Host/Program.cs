using OrganAffairs.Host;
using OrganAffairs.Shared.Migrations;

var builder = WebApplication.CreateBuilder(args);
builder.AddOrganAffairs();
var app = builder.Build();

if (Array.IndexOf(args, "sqlserver-script") is var scriptArg and >= 0)
{
    // `dotnet run --project Host -- sqlserver-script [path]`: write the SQL Server DDL of every module's
    // migrations for a DBA, generated without a connection, then exit.
    var path = Path.GetFullPath(scriptArg + 1 < args.Length ? args[scriptArg + 1] : "artifacts/sqlserver/organaffairs.sql");
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllText(path, MigrationRunner.SqlServerScript(app.Services.GetServices<ModuleMigrations>()), new System.Text.UTF8Encoding(false));
    Console.WriteLine($"Wrote {path}");
    return;
}

if (args.Contains("migrate"))
{
    // `dotnet run --project Host -- migrate`: run every module's migrations, then exit.
    app.Services.GetRequiredService<MigrationRunner>().MigrateAll();
    return;
}

if (Array.IndexOf(args, AdminKeyCommand.Name) is var keyArg and >= 0)
{
    // `dotnet run --project Host -- admin-key [path]`: a new admin API key in a new owner-only file, then exit.
    var written = await AdminKeyCommand.RunAsync(app.Services, keyArg + 1 < args.Length ? args[keyArg + 1] : null, CancellationToken.None);
    Console.WriteLine($"A new admin API key was written to {written}. Use it as X-Api-Key, store it safely and delete the file; no other key was revoked.");
    return;
}

// Migrations run as the first hosted service, before the server listens.
app.UseOrganAffairs();
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
