using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.Organs.Migrations;

/// <summary>
/// Seeds the national rank table from the rank columns of 党政机关办公用房建设标准
/// (发改投资〔2014〕2674号), in force from 2014-12-01. Township ranks are set by provinces; the
/// seed gives the usual three so that township organs can register staff until a province edits them.
/// </summary>
[Migration(2, "Seed national ranks (发改投资〔2014〕2674号)")]
[Tags("organs")]
public sealed class M0002_SeedRanks : ModuleMigration
{
    private const string Source = "党政机关办公用房建设标准（发改投资〔2014〕2674号）";
    private const string TownshipSource = "乡镇职级：由省级规定，此处为通用默认值（待各省核定）";

    private static readonly (string Level, string Code, string Zh, string En, bool Leader)[] Ranks =
    [
        ("Central", "MinisterPrincipal", "部级正职", "Minister-level principal", true),
        ("Central", "MinisterDeputy", "部级副职", "Minister-level deputy", true),
        ("Central", "DepartmentPrincipal", "正司(局)级", "Department principal", false),
        ("Central", "DepartmentDeputy", "副司(局)级", "Department deputy", false),
        ("Central", "Division", "处级", "Division level", false),
        ("Central", "BelowDivision", "处级以下", "Below division level", false),
        ("Provincial", "ProvincialPrincipal", "省级正职", "Provincial principal", true),
        ("Provincial", "ProvincialDeputy", "省级副职", "Provincial deputy", true),
        ("Provincial", "DepartmentPrincipal", "正厅(局)级", "Department principal", false),
        ("Provincial", "DepartmentDeputy", "副厅(局)级", "Department deputy", false),
        ("Provincial", "DivisionPrincipal", "正处级", "Division principal", false),
        ("Provincial", "DivisionDeputy", "副处级", "Division deputy", false),
        ("Provincial", "BelowDivision", "处级以下", "Below division level", false),
        ("Municipal", "MunicipalPrincipal", "市级正职", "Municipal principal", true),
        ("Municipal", "MunicipalDeputy", "市级副职", "Municipal deputy", true),
        ("Municipal", "BureauPrincipal", "正局(处)级", "Bureau principal", false),
        ("Municipal", "BureauDeputy", "副局(处)级", "Bureau deputy", false),
        ("Municipal", "BelowBureau", "局(处)级以下", "Below bureau level", false),
        ("County", "CountyPrincipal", "县级正职", "County principal", true),
        ("County", "CountyDeputy", "县级副职", "County deputy", true),
        ("County", "SectionPrincipal", "正科级", "Section principal", false),
        ("County", "SectionDeputy", "副科级", "Section deputy", false),
        ("County", "BelowSection", "科级以下", "Below section level", false),
        ("Township", "TownshipPrincipal", "乡级正职", "Township principal", true),
        ("Township", "TownshipDeputy", "乡级副职", "Township deputy", true),
        ("Township", "BelowTownship", "乡级以下", "Below township leadership", false),
    ];

    public override void Up()
    {
        var order = 0;
        foreach (var (level, code, zh, en, leader) in Ranks)
        {
            Insert.IntoTable("organs_rank").Row(new
            {
                id = new Guid($"00000000-0000-0000-0000-{order + 1:000000000000}"),
                jurisdiction = "national",
                level,
                code,
                name_zh = zh,
                name_en = en,
                is_leader = leader,
                sort_order = ++order,
                effective_from = "2014-12-01", // a literal every provider casts to DATE
                source = level == "Township" ? TownshipSource : Source,
            });
        }
    }
}
