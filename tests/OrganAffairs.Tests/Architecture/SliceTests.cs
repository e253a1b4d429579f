using Xunit;

namespace OrganAffairs.Tests.Architecture;

/// <summary>The module pattern (docs/adr/0015), each rule shown failing on Architecture/Planted.</summary>
public sealed class SliceTests
{
    private static readonly string Root = SliceRules.RepositoryRoot();
    private static readonly string Modules = Path.Combine(Root, "Modules");
    private static readonly string Planted = Path.Combine(Root, "tests", "OrganAffairs.Tests", "Architecture", "Planted");

    public static TheoryData<string> ModuleNames => new(ArchitectureRules.Modules.Select(m => m.GetName().Name!));

    [Fact]
    public void Every_operationId_in_the_contract_leads_to_its_feature_file()
    {
        var ids = SliceRules.OperationIds(File.ReadAllText(Path.Combine(Root, "openapi.yaml")));
        Assert.True(ids.Count > 100, $"only {ids.Count} operationIds read from openapi.yaml");
        None(SliceRules.OperationsWithoutTheirFile(Modules, ids));
    }

    [Fact]
    public void The_operation_file_rule_catches_a_missing_file_and_a_file_that_maps_another_name()
    {
        var ids = SliceRules.OperationIds(File.ReadAllText(Path.Combine(Planted, "openapi.yaml")));
        Assert.Equal(
            ["Planted_GetThing: Planted/Features/GetThing.cs does not map it", "Planted_GhostThing: no Planted/Features/GhostThing.cs"],
            SliceRules.OperationsWithoutTheirFile(Path.Combine(Planted, "Modules"), ids));
    }

    [Fact]
    public void A_feature_file_holds_at_most_one_request_handler() =>
        None(SliceRules.FilesWithSeveralRequestHandlers(Modules));

    [Fact]
    public void The_one_handler_rule_catches_a_planted_second_handler() =>
        Assert.Equal(["Planted/Features/CreateThing.cs: 2 request handlers"], SliceRules.FilesWithSeveralRequestHandlers(Path.Combine(Planted, "Modules")));

    [Fact]
    public void Every_feature_file_is_a_use_case_named_after_it() =>
        None(SliceRules.FilesThatAreNoUseCase(Modules));

    [Fact]
    public void The_use_case_rule_catches_a_helper_and_a_misnamed_route_in_Features()
    {
        // ArchiveThing (shared handler), ThingRetired (notification) and CreateThing (route) pass.
        Assert.Equal(["Planted/Features/GetThing.cs", "Planted/Features/ThingMapping.cs"], SliceRules.FilesThatAreNoUseCase(Path.Combine(Planted, "Modules")));
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Domain_references_neither_Dapper_nor_ASP_NET_Core(string module) =>
        None(SliceRules.ImpureDomainTypes(ArchitectureRules.Modules.Single(m => m.GetName().Name == module), module + ".Domain"));

    [Fact]
    public void The_pure_domain_rule_catches_planted_Dapper_and_ASP_NET_Core_references() =>
        Assert.Equal(
            ["OrganAffairs.Tests.Architecture.Violations.Domain.AnswersHttpFromDomain", "OrganAffairs.Tests.Architecture.Violations.Domain.QueriesFromDomain"],
            SliceRules.ImpureDomainTypes(typeof(SliceTests).Assembly, "OrganAffairs.Tests.Architecture.Violations.Domain").Order(StringComparer.Ordinal));

    // Every violation on its own line: the list is the to-do of whoever broke the rule.
    private static void None(IReadOnlyList<string> violations) =>
        Assert.True(violations.Count == 0, $"{violations.Count} violation(s):\n" + string.Join("\n", violations));
}
