using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Tests.Infrastructure;
using OrganAffairs.Contracts.Organs;
using Xunit;

namespace OrganAffairs.Tests.Architecture;

public sealed class ArchitectureTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private static readonly string[] ModuleNamespaces = ArchitectureRules.Modules.Select(ArchitectureRules.ModuleNamespace).ToArray();
    private const string ViolationsNamespace = "OrganAffairs.Tests.Architecture.Violations";

    public static TheoryData<string> ModuleNames => new(ArchitectureRules.Modules.Select(m => m.GetName().Name!));

    private static Assembly ModuleNamed(string name) => ArchitectureRules.Modules.Single(m => m.GetName().Name == name);

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_never_references_another_module(string module)
    {
        var assembly = ModuleNamed(module);
        Assert.Empty(ArchitectureRules.ReferencesToOtherModules(assembly, module, ModuleNamespaces));
        // Nor does its project reference another module's assembly.
        var referenced = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToHashSet();
        Assert.DoesNotContain(referenced, r => r != module && ModuleNamespaces.Contains(r));
    }

    [Fact]
    public void The_reference_rule_catches_a_planted_violation()
    {
        var found = ArchitectureRules.ReferencesToOtherModules(typeof(ArchitectureTests).Assembly, ViolationsNamespace, [ViolationsNamespace, .. ModuleNamespaces]);
        Assert.Contains(found, t => t.EndsWith("ReachesIntoOrgans", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_exposes_only_its_module_class_and_migrations(string module) =>
        Assert.Empty(ArchitectureRules.UnexpectedPublicTypes(ModuleNamed(module), module));

    [Fact]
    public void The_public_type_rule_catches_a_planted_violation() =>
        Assert.Contains($"{ViolationsNamespace}.PublicHandlerThatShouldBeInternal",
            ArchitectureRules.UnexpectedPublicTypes(typeof(ArchitectureTests).Assembly, ViolationsNamespace));

    [Fact]
    public void Every_request_has_exactly_one_handler()
    {
        var assemblies = ArchitectureRules.Modules.Append(typeof(GetOrganQuery).Assembly).Append(typeof(Shared.SharedKernel).Assembly).ToArray();
        var types = assemblies.SelectMany(a => a.GetTypes()).ToArray();
        Assert.Empty(ArchitectureRules.RequestsWithoutExactlyOneHandler(types, types));
    }

    [Fact]
    public void The_handler_rule_catches_missing_and_duplicate_handlers()
    {
        var types = typeof(ArchitectureTests).Assembly.GetTypes().Where(t => t.Namespace == ViolationsNamespace).ToArray();
        var found = ArchitectureRules.RequestsWithoutExactlyOneHandler(types, types);
        Assert.Contains($"{ViolationsNamespace}.OrphanRequest: 0", found);
        Assert.Contains($"{ViolationsNamespace}.TwiceHandledRequest: 2", found);
    }

    [Fact]
    public void Every_request_citing_a_register_document_is_checked_by_the_pipeline()
    {
        var types = ArchitectureRules.Modules.Append(typeof(GetOrganQuery).Assembly).SelectMany(a => a.GetTypes()).ToArray();
        Assert.Empty(ArchitectureRules.CitingRequestsWithoutTheInterface(types));
        Assert.Empty(ArchitectureRules.CitingBodiesOutsideBody(types));
        // Every rule-table request of the contract that takes a documentId is among them (the rule is not vacuous).
        Assert.True(types.Count(t => typeof(OrganAffairs.Contracts.Common.ICitesRuleDocument).IsAssignableFrom(t) && !t.IsInterface) >= 25);
    }

    [Fact]
    public void The_citing_rules_catch_planted_violations()
    {
        var types = typeof(ArchitectureTests).Assembly.GetTypes().Where(t => t.Namespace == ViolationsNamespace).ToArray();
        Assert.Equal([$"{ViolationsNamespace}.UncheckedRuleVersionRequest"], ArchitectureRules.CitingRequestsWithoutTheInterface(types));
        Assert.Equal([$"{ViolationsNamespace}.PayloadCarryingCommand.Payload"], ArchitectureRules.CitingBodiesOutsideBody(types));
    }

    [Fact]
    public void Every_request_handler_is_resolvable_from_the_host()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var requestTypes = ArchitectureRules.Modules.Append(typeof(GetOrganQuery).Assembly).SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsInterface: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(MediatR.IRequest<>)));
        foreach (var request in requestTypes)
        {
            var response = request.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(MediatR.IRequest<>)).GetGenericArguments()[0];
            var handler = scope.ServiceProvider.GetService(typeof(MediatR.IRequestHandler<,>).MakeGenericType(request, response));
            Assert.True(handler is not null, $"No handler registered for {request.Name}");
        }
    }
}
