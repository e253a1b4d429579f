using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace OrganAffairs.Tests.Architecture;

/// <summary>
/// The module pattern as rules over the source tree (docs/adr/0015): any operationId leads to one
/// file, a file in Features/ is one use case, Domain/ is pure C#. Each rule returns its violations so
/// it is tested twice: none in Modules/, and the planted ones under Architecture/Planted.
/// </summary>
public static partial class SliceRules
{
    /// <summary>Operations served outside a module's Features/ by decision: the audit trail lives in Shared.</summary>
    public static readonly IReadOnlySet<string> OutsideModules = new HashSet<string>(StringComparer.Ordinal) { "Audit_ListAuditEntries", "Problems_ListProblemCodes" };

    /// <summary>The repository's root: the folder above the test run that holds OrganAffairs.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OrganAffairs.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("OrganAffairs.sln not found above " + AppContext.BaseDirectory);
    }

    public static IReadOnlyList<string> OperationIds(string openApiYaml) =>
        OperationIdLine().Matches(openApiYaml).Select(m => m.Groups[1].Value).ToList();

    /// <summary>operationIds `M_Op` without a file `modulesRoot/M/Features/Op.cs` that maps the route with that name.</summary>
    public static IReadOnlyList<string> OperationsWithoutTheirFile(string modulesRoot, IEnumerable<string> operationIds)
    {
        var missing = new List<string>();
        foreach (var id in operationIds.Where(i => !OutsideModules.Contains(i)))
        {
            var parts = id.Split('_', 2);
            var file = parts.Length == 2 ? Path.Combine(modulesRoot, parts[0], "Features", parts[1] + ".cs") : null;
            if (file is null || !File.Exists(file))
            {
                missing.Add($"{id}: no {(parts.Length == 2 ? $"{parts[0]}/Features/{parts[1]}.cs" : "module prefix")}");
            }
            else if (!File.ReadAllText(file).Contains($".WithName(\"{id}\")", StringComparison.Ordinal))
            {
                missing.Add($"{id}: {parts[0]}/Features/{parts[1]}.cs does not map it");
            }
        }
        return missing;
    }

    /// <summary>Files in any module's Features/ that declare more than one request handler class.</summary>
    public static IReadOnlyList<string> FilesWithSeveralRequestHandlers(string modulesRoot) =>
        FeatureFiles(modulesRoot)
            .Select(f => (f, n: RequestHandlerClass().Matches(Code(f)).Count))
            .Where(x => x.n > 1)
            .Select(x => $"{Relative(modulesRoot, x.f)}: {x.n} request handlers")
            .ToList();

    /// <summary>
    /// Files in Features/ that are none of: the route of operation `Module_File`, the handler
    /// `FileHandler` (a shared or internal request, or a notification), or a handler of the
    /// notification `File`. Helpers belong in Domain/, Support/ or Data/.
    /// </summary>
    public static IReadOnlyList<string> FilesThatAreNoUseCase(string modulesRoot) =>
        FeatureFiles(modulesRoot)
            .Where(f =>
            {
                var name = Path.GetFileNameWithoutExtension(f);
                var module = Directory.GetParent(Path.GetDirectoryName(f)!)!.Name;
                var code = Code(f);
                return !code.Contains($".WithName(\"{module}_{name}\")", StringComparison.Ordinal)
                    && !Regex.IsMatch(code, $@"\bclass\s+{name}Handler\b")
                    && !code.Contains($"INotificationHandler<{name}>", StringComparison.Ordinal);
            })
            .Select(f => Relative(modulesRoot, f))
            .ToList();

    /// <summary>Types in a module's Domain namespace that depend on Dapper or ASP.NET Core.</summary>
    public static IReadOnlyList<string> ImpureDomainTypes(Assembly assembly, string domainNamespace)
    {
        var result = Types.InAssembly(assembly).That().ResideInNamespace(domainNamespace)
            .ShouldNot().HaveDependencyOnAny("Dapper", "Microsoft.AspNetCore").GetResult();
        return result.IsSuccessful ? [] : result.FailingTypeNames?.ToList() ?? [];
    }

    private static IEnumerable<string> FeatureFiles(string modulesRoot) =>
        Directory.EnumerateDirectories(modulesRoot)
            .Select(m => Path.Combine(m, "Features"))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.cs", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);

    // Comments are not code: a handler named in a comment does not count.
    private static string Code(string file) => LineComment().Replace(File.ReadAllText(file), "");

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    [GeneratedRegex(@"^\s*operationId:\s*(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex OperationIdLine();

    [GeneratedRegex(@"\bclass\s+\w+[^{;]*?\bIRequestHandler<")]
    private static partial Regex RequestHandlerClass();

    [GeneratedRegex(@"//.*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
}
