using System.Data;
using System.Data.Common;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace OrganAffairs.Tests.SqlServer;

/// <summary>One instruction in application code that hands SQL to the database: a call into Dapper, a CommandText assignment, a command constructor.</summary>
public sealed record SqlCallSite(MethodBase Method, int ILOffset, string Target)
{
    public string Where => $"{SqlCallSites.Describe(Method)} at IL_{ILOffset:x4} ({Target})";

    public bool IsIn(MethodBase method) => method.Module == Method.Module && method.MetadataToken == Method.MetadataToken;
}

/// <summary>A call from one application method to another (the callee may send SQL itself, or be inlined).</summary>
public sealed record ApplicationCall(MethodBase Method, int ILOffset, MethodBase Target);

/// <summary>The SQL call sites of some assemblies, and the calls between their methods.</summary>
public sealed record SqlInventory(IReadOnlyList<SqlCallSite> Sites, IReadOnlyList<ApplicationCall> Calls)
{
    /// <summary>Methods that send SQL, by (module, token): those with a site, and async methods whose state machine has one.</summary>
    public HashSet<(Module, int)> SendingMethods { get; } = SendersOf(Sites);

    private static HashSet<(Module, int)> SendersOf(IReadOnlyList<SqlCallSite> sites)
    {
        var senders = sites.Select(s => (s.Method.Module, s.Method.MetadataToken)).ToHashSet();
        var stateMachines = sites.Select(s => s.Method.DeclaringType).OfType<Type>().ToHashSet();
        foreach (var type in stateMachines.Select(t => t.DeclaringType).OfType<Type>().Distinct())
        {
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var method in type.GetMethods(all))
            {
                if (method.GetCustomAttribute<StateMachineAttribute>() is { } machine && stateMachines.Contains(machine.StateMachineType))
                {
                    senders.Add((method.Module, method.MetadataToken));
                }
            }
        }
        return senders;
    }
}

/// <summary>
/// The inventory of every place application code can send SQL from, read from the compiled IL of
/// the assemblies: no SQL call can be added without appearing here (docs/adr/0012).
/// </summary>
public static class SqlCallSites
{
    /// <summary>Every SQL call site of the assemblies, and every call between their methods.</summary>
    public static SqlInventory Inventory(IEnumerable<Assembly> assemblies)
    {
        var sites = new List<SqlCallSite>();
        var calls = new List<ApplicationCall>();
        foreach (var assembly in assemblies)
        {
            Scan(assembly, sites, calls);
        }
        return new SqlInventory(sites, calls);
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Application code: the Host, Shared and every module (all OrganAffairs.* assemblies but the tests).</summary>
    public static bool IsApplicationAssembly(string name) =>
        name.StartsWith("OrganAffairs.", StringComparison.Ordinal) && !name.StartsWith("OrganAffairs.Tests", StringComparison.Ordinal);

    /// <summary>Every SQL call site in the assembly, including those in async state machines and lambdas.</summary>
    public static IReadOnlyList<SqlCallSite> In(Assembly assembly)
    {
        var sites = new List<SqlCallSite>();
        Scan(assembly, sites, []);
        return sites;
    }

    private static void Scan(Assembly assembly, List<SqlCallSite> sites, List<ApplicationCall> calls)
    {
        foreach (var type in assembly.GetTypes())
        {
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                ScanMethod(method, sites, calls);
            }
        }
    }

    private static void ScanMethod(MethodBase method, List<SqlCallSite> sites, List<ApplicationCall> calls)
    {
        foreach (var (offset, target) in Calls(method))
        {
            if (SqlEntry(target) is { } name)
            {
                sites.Add(new SqlCallSite(method, offset, name));
            }
            else if (target.DeclaringType?.Assembly.GetName().Name is { } assembly && IsApplicationAssembly(assembly))
            {
                calls.Add(new ApplicationCall(method, offset, target));
            }
        }
    }

    /// <summary>The name of a member that sends SQL, or null: Dapper's Query*/Execute* extensions, CommandText setters, command constructors taking text.</summary>
    private static string? SqlEntry(MethodBase target)
    {
        var type = target.DeclaringType;
        if (type is null)
        {
            return null;
        }
        // The bulk paths send rows without SQL text; they belong in the inventory all the same.
        if (type == typeof(Microsoft.Data.SqlClient.SqlBulkCopy) && target is ConstructorInfo)
        {
            return "new SqlBulkCopy";
        }
        if (type == typeof(Npgsql.NpgsqlConnection) && target.Name.StartsWith("BeginBinaryImport", StringComparison.Ordinal))
        {
            return $"NpgsqlConnection.{target.Name}";
        }
        if (type == typeof(Dapper.SqlMapper) && target.IsPublic && (target.Name.StartsWith("Query", StringComparison.Ordinal) || target.Name.StartsWith("Execute", StringComparison.Ordinal)))
        {
            return $"Dapper.{target.Name}";
        }
        if (target.Name == "set_CommandText" && (typeof(IDbCommand).IsAssignableFrom(type) || typeof(DbBatchCommand).IsAssignableFrom(type)))
        {
            return $"{type.Name}.CommandText";
        }
        if (target is ConstructorInfo ctor && (typeof(IDbCommand).IsAssignableFrom(type) || typeof(DbBatchCommand).IsAssignableFrom(type))
            && ctor.GetParameters().Any(p => p.ParameterType == typeof(string)))
        {
            return $"new {type.Name}(text)";
        }
        return null;
    }

    /// <summary>The methods (and constructors) the method's IL calls.</summary>
    public static IEnumerable<MethodBase> Callees(MethodBase method) => Calls(method).Select(c => c.Target);

    /// <summary>Each call, virtual call and constructor call in the method's IL, with its offset; tokens that do not resolve are skipped.</summary>
    private static IEnumerable<(int Offset, MethodBase Target)> Calls(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }
        var typeArguments = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            var start = position;
            OpCode opCode;
            if (il[position] == 0xFE)
            {
                opCode = OpCodesByValue[(short)(0xFE00 | il[position + 1])];
                position += 2;
            }
            else
            {
                opCode = OpCodesByValue[il[position]];
                position += 1;
            }
            if (opCode.OperandType == OperandType.InlineMethod && (opCode == OpCodes.Call || opCode == OpCodes.Callvirt || opCode == OpCodes.Newobj))
            {
                MethodBase? target = null;
                try
                {
                    target = method.Module.ResolveMethod(BitConverter.ToInt32(il, position), typeArguments, methodArguments);
                }
                catch (ArgumentException)
                {
                    // A token of a generic context this reader cannot supply: not a call it can name.
                }
                if (target is not null)
                {
                    yield return (start, target);
                }
            }
            position += OperandSize(opCode, il, position);
        }
    }

    private static int OperandSize(OpCode opCode, byte[] il, int position) => opCode.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, position),
        _ => 4,
    };

    /// <summary>A readable name: an async method's or lambda's compiler-made type is shown as the method it was written in.</summary>
    public static string Describe(MethodBase method)
    {
        var type = method.DeclaringType!;
        if (type.IsDefined(typeof(CompilerGeneratedAttribute)) && type.DeclaringType is { } outer)
        {
            var name = type.Name.StartsWith('<') && type.Name.IndexOf('>') > 1 ? type.Name[1..type.Name.IndexOf('>')] : null;
            if (name is not null && method.Name == "MoveNext")
            {
                return $"{outer.FullName}.{name}";
            }
            var lambdaOf = method.Name.StartsWith('<') && method.Name.IndexOf('>') > 1 ? method.Name[1..method.Name.IndexOf('>')] : method.Name;
            return $"{outer.FullName}.{lambdaOf} (lambda)";
        }
        return $"{type.FullName}.{method.Name}";
    }
}
