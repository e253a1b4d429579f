using OrganAffairs.Host;
using OrganAffairs.Shared.Migrations;

var builder = WebApplication.CreateBuilder(args);
builder.AddOrganAffairs();
var app = builder.Build();

if (args.Contains("migrate"))
{
    // `dotnet run --project Host -- migrate`: run every module's migrations, then exit.
    app.Services.GetRequiredService<MigrationRunner>().MigrateAll();
    return;
}

// Migrations run as the first hosted service, before the server listens.
app.UseOrganAffairs();
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
