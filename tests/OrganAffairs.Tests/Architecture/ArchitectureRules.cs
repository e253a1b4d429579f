using System.Reflection;
using FluentMigrator;
using MediatR;
using NetArchTest.Rules;

namespace OrganAffairs.Tests.Architecture;

/// <summary>
/// The module rules as functions that return violations, so each rule is tested twice: it finds
/// none in the product, and it finds the planted ones in <see cref="Violations"/>.
/// </summary>
public static class ArchitectureRules
{
    /// <summary>The business modules, as the Host lists them. Shared is infrastructure, not a module.</summary>
    public static readonly Assembly[] Modules = [typeof(Organs.OrgansModule).Assembly, typeof(Access.AccessModule).Assembly, typeof(Buildings.BuildingsModule).Assembly, typeof(Vehicles.VehiclesModule).Assembly, typeof(OrganAffairs.Energy.EnergyModule).Assembly, typeof(Assets.AssetsModule).Assembly, typeof(OrganAffairs.Calendar.CalendarModule).Assembly, typeof(OrganAffairs.Reception.ReceptionModule).Assembly, typeof(OrganAffairs.ForeignAffairs.ForeignAffairsModule).Assembly, typeof(OrganAffairs.Logistics.LogisticsModule).Assembly, typeof(OrganAffairs.Guidance.GuidanceModule).Assembly, typeof(OrganAffairs.Costs.CostsModule).Assembly, typeof(OrganAffairs.Webhooks.WebhooksModule).Assembly];

    public static string ModuleNamespace(Assembly module) => module.GetName().Name!; // e.g. OrganAffairs.Organs

    /// <summary>Types of <paramref name="assembly"/> (in <paramref name="ownNamespace"/>) that depend on another module's namespace.</summary>
    public static IReadOnlyList<string> ReferencesToOtherModules(Assembly assembly, string ownNamespace, IEnumerable<string> moduleNamespaces)
    {
        var others = moduleNamespaces.Where(n => n != ownNamespace).ToArray();
        if (others.Length == 0)
        {
            return [];
        }
        var result = Types.InAssembly(assembly).That().ResideInNamespace(ownNamespace)
            .ShouldNot().HaveDependencyOnAny(others).GetResult();
        return result.IsSuccessful ? [] : result.FailingTypeNames?.ToList() ?? [];
    }

    /// <summary>Public types other than the module's *Module class and public FluentMigrator migrations.</summary>
    public static IReadOnlyList<string> UnexpectedPublicTypes(Assembly assembly, string ownNamespace) =>
        assembly.GetTypes()
            .Where(t => t.IsVisible && t.Namespace is { } ns && (ns == ownNamespace || ns.StartsWith(ownNamespace + ".", StringComparison.Ordinal)))
            .Where(t => !(t.Name.EndsWith("Module", StringComparison.Ordinal) && t.IsAbstract && t.IsSealed)) // static *Module class
            .Where(t => !typeof(IMigration).IsAssignableFrom(t))
            .Select(t => t.FullName!)
            .ToList();

    /// <summary>Request types with a number of handlers other than one, as "Type: n".</summary>
    public static IReadOnlyList<string> RequestsWithoutExactlyOneHandler(IEnumerable<Type> requestTypes, IEnumerable<Type> handlerTypes)
    {
        var handled = handlerTypes
            .Where(t => t is { IsAbstract: false, IsInterface: false })
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
            .Select(i => i.GetGenericArguments()[0])
            .GroupBy(t => t)
            .ToDictionary(g => g.Key, g => g.Count());
        return requestTypes
            .Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false })
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)))
            .Select(t => (t, n: handled.GetValueOrDefault(t)))
            .Where(x => x.n != 1)
            .Select(x => $"{x.t.FullName}: {x.n}")
            .ToList();
    }

    /// <summary>
    /// Request records with a <c>DocumentId</c> that do not declare <see cref="Contracts.Common.ICitesRuleDocument"/>: the pipeline would let
    /// them cite a document the register does not hold.
    /// </summary>
    public static IReadOnlyList<string> CitingRequestsWithoutTheInterface(IEnumerable<Type> types) =>
        types.Where(t => t.Name.EndsWith("Request", StringComparison.Ordinal) && !t.IsAbstract)
            .Where(t => t.GetProperty("DocumentId", BindingFlags.Public | BindingFlags.Instance)?.PropertyType == typeof(Guid?))
            .Where(t => !typeof(Contracts.Common.ICitesRuleDocument).IsAssignableFrom(t))
            .Select(t => t.FullName!)
            .ToList();

    /// <summary>
    /// Mediator requests that carry a citing body under another name than <c>Body</c>, where the pipeline's document check does not look.
    /// </summary>
    public static IReadOnlyList<string> CitingBodiesOutsideBody(IEnumerable<Type> types) =>
        types.Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.Name != "Body" && typeof(Contracts.Common.ICitesRuleDocument).IsAssignableFrom(p.PropertyType))
                .Select(p => $"{t.FullName}.{p.Name}"))
            .ToList();
}
