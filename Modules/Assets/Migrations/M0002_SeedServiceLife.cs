using FluentMigrator;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Assets.Migrations;

/// <summary>
/// Seeds national service lives (使用年限) per category from 2017-01-01. The figures follow the depreciation
/// table that accompanies 政府会计准则第3号——固定资产 (财会〔2017〕4号 应用指南) as far as we know it; none has been
/// checked against the published text, and the source column says so. VehicleMounted takes the vehicles figure;
/// Other has no seeded life (no end of life, no disposal limit) until the bureau adds one.
/// </summary>
[Migration(2, "Seed national service lives per asset category (unconfirmed)")]
[Tags("assets")]
public sealed class M0002_SeedServiceLife : ModuleMigration
{
    private const string Source = "未核实（UNCONFIRMED）：参照《政府会计准则第3号——固定资产》应用指南（财会〔2017〕4号）固定资产折旧年限表，待与原文核对";

    private static readonly (AssetCategory Category, int Years)[] Lives =
    [
        (AssetCategory.Computer, 6),
        (AssetCategory.Printer, 6),
        (AssetCategory.Copier, 6),
        (AssetCategory.Furniture, 15),
        (AssetCategory.AudioVisual, 5),
        (AssetCategory.VehicleMounted, 8),
    ];

    public override void Up()
    {
        var n = 0;
        foreach (var (category, years) in Lives)
        {
            Insert.IntoTable("assets_service_life").Row(new
            {
                id = new Guid($"00000000-0000-0000-0007-{++n:000000000000}"),
                category = category.ToString(),
                jurisdiction = "national",
                effective_from = "2017-01-01", // a literal every provider casts to DATE
                years,
                source = Source,
            });
        }
    }
}
