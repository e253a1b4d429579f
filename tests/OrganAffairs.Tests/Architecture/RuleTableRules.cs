using System.Reflection;
using System.Text.RegularExpressions;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Tests.Architecture;

/// <summary>
/// The checks behind "every rule table goes through the one helper" (docs/adr/0021): a rule version type is
/// declared with a <see cref="RuleTableDefinition{T}"/> and offered as a <see cref="RuleStore{T}"/>; the
/// repository keeps its insert and end-date operations private, so the store (and through it
/// <see cref="RuleTable.AddVersionAsync"/>) is the only way to write; no code outside Shared/Rules plans or
/// supersedes versions itself; and a file that builds a new row of a rule table calls the helper.
/// </summary>
public static partial class RuleTableRules
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    // A module's repository may derive from Shared's KindRuleRepository: its inherited store counts too.
    private const BindingFlags WithInherited = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;

    /// <summary>Types of the namespace that are versions of a rule (implement <see cref="IRuleVersion"/>).</summary>
    public static IReadOnlyList<Type> RuleVersionTypes(Assembly assembly, string ns) =>
        Types(assembly, ns).Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRuleVersion).IsAssignableFrom(t)).ToList();

    /// <summary>Rule version types that are no stored row, have no table definition, or are offered by no store.</summary>
    public static IReadOnlyList<string> UndeclaredRuleTables(Assembly assembly, string ns)
    {
        var types = Types(assembly, ns).ToList();
        var definitions = types.SelectMany(t => t.GetFields(Declared)).Where(f => f.IsStatic).Select(f => f.FieldType)
            .Where(IsGeneric(typeof(RuleTableDefinition<>))).Select(t => t.GetGenericArguments()[0]).ToHashSet();
        var stores = types.SelectMany(t => t.GetMethods(WithInherited)).Select(m => m.ReturnType)
            .Where(IsGeneric(typeof(RuleStore<>))).Select(t => t.GetGenericArguments()[0]).ToHashSet();
        var violations = new List<string>();
        foreach (var type in RuleVersionTypes(assembly, ns))
        {
            if (!typeof(IRuleRow).IsAssignableFrom(type))
            {
                violations.Add($"{type.FullName}: is no IRuleRow");
            }
            if (!definitions.Contains(type))
            {
                violations.Add($"{type.FullName}: no static RuleTableDefinition<{type.Name}> declares its table");
            }
            if (!stores.Contains(type))
            {
                violations.Add($"{type.FullName}: no repository offers a RuleStore<{type.Name}>");
            }
        }
        return violations.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Methods of a type offering a <see cref="RuleStore{T}"/> that write its rows another way: a non-private
    /// method taking the row, or setting an end date (Guid, DateOnly?, CancellationToken).
    /// </summary>
    public static IReadOnlyList<string> WritesBesideTheStore(Assembly assembly, string ns)
    {
        var violations = new List<string>();
        foreach (var type in Types(assembly, ns))
        {
            var methods = type.GetMethods(WithInherited).Where(m => !m.IsSpecialName).ToList();
            var rows = methods.Select(m => m.ReturnType).Where(IsGeneric(typeof(RuleStore<>))).Select(t => t.GetGenericArguments()[0]).ToHashSet();
            if (rows.Count == 0)
            {
                continue;
            }
            foreach (var method in methods.Where(m => !m.IsPrivate))
            {
                var parameters = method.GetParameters().Select(p => p.ParameterType).ToArray();
                if (parameters.Any(rows.Contains) || parameters.SequenceEqual([typeof(Guid), typeof(DateOnly?), typeof(CancellationToken)]))
                {
                    violations.Add($"{type.FullName}.{method.Name}: writes rule versions beside its RuleStore");
                }
            }
        }
        return violations.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Files outside Modules/Shared/Rules that plan or supersede versions themselves.</summary>
    public static IReadOnlyList<string> FilesThatSupersedeThemselves(string modulesRoot) =>
        SourceFiles(modulesRoot)
            .Where(f => SupersedingByHand().IsMatch(File.ReadAllText(f)))
            .Select(f => Relative(modulesRoot, f))
            .ToList();

    /// <summary>Files outside Modules/Shared/Rules that build a new row of a rule table without calling the helper.</summary>
    public static IReadOnlyList<string> FilesThatAddVersionsByHand(string modulesRoot, IEnumerable<string> rowTypeNames)
    {
        var newRow = new Regex(@"\bnew\s+(" + string.Join("|", rowTypeNames.Distinct().Select(Regex.Escape)) + @")\s*[({]", RegexOptions.CultureInvariant);
        return SourceFiles(modulesRoot)
            .Where(f => File.ReadAllText(f) is var text && newRow.IsMatch(text) && !text.Contains(".AddVersionAsync(", StringComparison.Ordinal))
            .Select(f => Relative(modulesRoot, f))
            .ToList();
    }

    [GeneratedRegex(@"\bRuleVersionPlan\b|\bSupersedeAsync\b", RegexOptions.CultureInvariant)]
    private static partial Regex SupersedingByHand();

    private static IEnumerable<string> SourceFiles(string modulesRoot) =>
        Directory.EnumerateFiles(modulesRoot, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Relative(modulesRoot, f).StartsWith("Shared/Rules/", StringComparison.Ordinal))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    private static IEnumerable<Type> Types(Assembly assembly, string ns) =>
        assembly.GetTypes().Where(t => t.Namespace is { } n && (n == ns || n.StartsWith(ns + ".", StringComparison.Ordinal)));

    private static Func<Type, bool> IsGeneric(Type definition) => t => t.IsGenericType && t.GetGenericTypeDefinition() == definition;
}
