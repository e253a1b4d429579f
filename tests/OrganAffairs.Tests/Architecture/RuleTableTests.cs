using OrganAffairs.Tests.Architecture.Violations.RuleTables;
using Xunit;

namespace OrganAffairs.Tests.Architecture;

/// <summary>Every rule table goes through the one helper in Shared (docs/adr/0021); each rule shown failing on planted code.</summary>
public sealed class RuleTableTests
{
    private static readonly string Root = SliceRules.RepositoryRoot();
    private static readonly string Modules = Path.Combine(Root, "Modules");
    private static readonly string Planted = Path.Combine(Root, "tests", "OrganAffairs.Tests", "Architecture", "Planted", "RuleTables", "Modules");
    private const string PlantedNamespace = "OrganAffairs.Tests.Architecture.Violations.RuleTables";

    public static TheoryData<string> ModuleNames => new(ArchitectureRules.Modules.Select(m => m.GetName().Name!));

    [Fact]
    public void The_modules_have_rule_tables_to_check() =>
        Assert.True(ArchitectureRules.Modules.Sum(m => RuleTableRules.RuleVersionTypes(m, m.GetName().Name!).Count) >= 7);

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Every_rule_version_type_is_a_declared_table_offered_by_a_store(string module) =>
        None(RuleTableRules.UndeclaredRuleTables(Assembly(module), module));

    [Fact]
    public void The_declaration_rule_catches_a_rule_version_added_by_hand() =>
        Assert.Equal(
            [
                $"{PlantedNamespace}.HandMadeRuleRow: is no IRuleRow",
                $"{PlantedNamespace}.HandMadeRuleRow: no repository offers a RuleStore<HandMadeRuleRow>",
                $"{PlantedNamespace}.HandMadeRuleRow: no static RuleTableDefinition<HandMadeRuleRow> declares its table",
            ],
            RuleTableRules.UndeclaredRuleTables(typeof(HandMadeRuleRow).Assembly, PlantedNamespace));

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_repository_writes_rule_versions_only_through_its_store(string module) =>
        None(RuleTableRules.WritesBesideTheStore(Assembly(module), module));

    [Fact]
    public void The_store_rule_catches_a_public_insert_and_end_date() =>
        Assert.Equal(
            [$"{PlantedNamespace}.LeakyRuleRepository.InsertAsync: writes rule versions beside its RuleStore", $"{PlantedNamespace}.LeakyRuleRepository.SetEndAsync: writes rule versions beside its RuleStore"],
            RuleTableRules.WritesBesideTheStore(typeof(HandMadeRuleRow).Assembly, PlantedNamespace));

    [Fact]
    public void Only_the_shared_helper_plans_and_supersedes_versions() =>
        None(RuleTableRules.FilesThatSupersedeThemselves(Modules));

    [Fact]
    public void A_new_row_of_a_rule_table_is_added_through_the_helper() =>
        None(RuleTableRules.FilesThatAddVersionsByHand(Modules, RowTypeNames()));

    [Fact]
    public void The_source_rules_catch_a_planted_feature_that_supersedes_by_hand()
    {
        Assert.Equal(["Planted/Features/CreateThingRule.cs"], RuleTableRules.FilesThatSupersedeThemselves(Planted));
        Assert.Equal(["Planted/Features/CreateThingRule.cs"], RuleTableRules.FilesThatAddVersionsByHand(Planted, ["ThingRuleRow"]));
    }

    private static IReadOnlyList<string> RowTypeNames() =>
        ArchitectureRules.Modules.SelectMany(m => RuleTableRules.RuleVersionTypes(m, m.GetName().Name!)).Select(t => t.Name).ToList();

    private static System.Reflection.Assembly Assembly(string module) => ArchitectureRules.Modules.Single(m => m.GetName().Name == module);

    private static void None(IReadOnlyList<string> violations) =>
        Assert.True(violations.Count == 0, $"{violations.Count} violation(s):\n" + string.Join("\n", violations));
}
