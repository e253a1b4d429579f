using FluentMigrator;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Migrations;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Migrations;

/// <summary>
/// V5: which ranks may have a fixed car is rule data. Seeded nationally from 中办发〔2017〕71号 (in force 2017-12-05)
/// under the 2014 reform: provincial-ministerial level and above (部级 and 省级 principals and deputies) may; every
/// other seeded rank of the Organs rank table may not, so that a local version can only withdraw (a ceiling).
/// Confidence M: the local tables are to be confirmed (docs/adr/0032).
/// </summary>
[Migration(9, "Fixed-car ranks (中办发〔2017〕71号: provincial-ministerial level and above)")]
[Tags("vehicles")]
public sealed class M0009_FixedCarRanks : ModuleMigration
{
    public const string Source = "党政机关公务用车管理办法（中办发〔2017〕71号）及 2014 年公务用车制度改革：省部级及以上领导干部按规定配备公务用车，其余取消固定配备（M：待核定地方职级表）";

    /// <summary>The ranks seeded by Organs migration 2, and whether each may have a fixed car.</summary>
    private static readonly (AdministrativeLevel Level, string Code, bool FixedCar)[] Ranks =
    [
        (AdministrativeLevel.Central, "MinisterPrincipal", true),
        (AdministrativeLevel.Central, "MinisterDeputy", true),
        (AdministrativeLevel.Central, "DepartmentPrincipal", false),
        (AdministrativeLevel.Central, "DepartmentDeputy", false),
        (AdministrativeLevel.Central, "Division", false),
        (AdministrativeLevel.Central, "BelowDivision", false),
        (AdministrativeLevel.Provincial, "ProvincialPrincipal", true),
        (AdministrativeLevel.Provincial, "ProvincialDeputy", true),
        (AdministrativeLevel.Provincial, "DepartmentPrincipal", false),
        (AdministrativeLevel.Provincial, "DepartmentDeputy", false),
        (AdministrativeLevel.Provincial, "DivisionPrincipal", false),
        (AdministrativeLevel.Provincial, "DivisionDeputy", false),
        (AdministrativeLevel.Provincial, "BelowDivision", false),
        (AdministrativeLevel.Municipal, "MunicipalPrincipal", false),
        (AdministrativeLevel.Municipal, "MunicipalDeputy", false),
        (AdministrativeLevel.Municipal, "BureauPrincipal", false),
        (AdministrativeLevel.Municipal, "BureauDeputy", false),
        (AdministrativeLevel.Municipal, "BelowBureau", false),
        (AdministrativeLevel.County, "CountyPrincipal", false),
        (AdministrativeLevel.County, "CountyDeputy", false),
        (AdministrativeLevel.County, "SectionPrincipal", false),
        (AdministrativeLevel.County, "SectionDeputy", false),
        (AdministrativeLevel.County, "BelowSection", false),
        (AdministrativeLevel.Township, "TownshipPrincipal", false),
        (AdministrativeLevel.Township, "TownshipDeputy", false),
        (AdministrativeLevel.Township, "BelowTownship", false),
    ];

    public override void Up()
    {
        var serial = 300;
        foreach (var (level, code, fixedCar) in Ranks)
        {
            Insert.IntoTable("vehicles_rule").Row(new
            {
                id = new Guid($"00000000-0000-0000-0001-{++serial:000000000000}"),
                kind = RuleKinds.FixedCarRank,
                rule_key = RuleKinds.FixedCarRankKey(level, code),
                jurisdiction = "national",
                effective_from = "2017-12-05",
                value = RuleJson.Write(new FixedCarRankValue(level, code, fixedCar)),
                source = Source,
            });
        }
    }
}
