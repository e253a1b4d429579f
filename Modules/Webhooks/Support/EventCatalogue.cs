using System.Reflection;
using System.Text;
using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Webhooks.Support;

/// <summary>One event type as subscribers see it.</summary>
internal sealed record EventDescription(Type Type, string CloudEventType, string Module)
{
    public string DataSchema => Type.Name;
}

/// <summary>
/// Every integration event declared in Contracts, as a CloudEvents type <c>organaffairs.{module}.{Name}</c>, the module
/// being the Contracts namespace in kebab case (vehicles, foreign-affairs, violations). Built from the Contracts assembly,
/// so a new event is deliverable as soon as it is declared; an event declared elsewhere is not (the architecture test).
/// </summary>
internal static class EventCatalogue
{
    public const string Prefix = "organaffairs.";

    public static readonly IReadOnlyList<EventDescription> All = typeof(IIntegrationEvent).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IIntegrationEvent).IsAssignableFrom(t))
        .Select(Describe)
        .OrderBy(d => d.CloudEventType, StringComparer.Ordinal)
        .ToList();

    private static readonly Dictionary<Type, EventDescription> ByType = All.ToDictionary(d => d.Type);
    private static readonly Dictionary<string, EventDescription> ByName = All.ToDictionary(d => d.CloudEventType, StringComparer.Ordinal);

    public static IReadOnlySet<string> Modules { get; } = All.Select(d => d.Module).ToHashSet(StringComparer.Ordinal);

    public static EventDescription? Find(Type type) => ByType.GetValueOrDefault(type);

    public static bool IsKnownType(string cloudEventType) => ByName.ContainsKey(cloudEventType);

    private static EventDescription Describe(Type type)
    {
        var module = Kebab(type.Namespace!.Split('.')[^1]);
        return new EventDescription(type, $"{Prefix}{module}.{type.Name}", module);
    }

    private static string Kebab(string name)
    {
        var b = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && b.Length > 0)
            {
                b.Append('-');
            }
            b.Append(char.ToLowerInvariant(c));
        }
        return b.ToString();
    }

    /// <summary>The organ an event is about: its OrganId, else a member's OrganId (a violation's), else its FromOrganId.</summary>
    public static Guid? OrganOf(IIntegrationEvent e) => OrganOf(e, depth: 0);

    /// <summary>A division code the event carries itself (a violation's), or null.</summary>
    public static string? DivisionCodeOf(IIntegrationEvent e) =>
        Member(e, "DivisionCode") as string
        ?? e.GetType().GetProperties().Select(p => p.PropertyType.IsClass && p.PropertyType != typeof(string) ? p.GetValue(e) : null)
            .Where(v => v is not null).Select(v => Member(v!, "DivisionCode") as string).FirstOrDefault(c => c is not null);

    private static Guid? OrganOf(object e, int depth)
    {
        if (Member(e, "OrganId") is Guid organ)
        {
            return organ;
        }
        if (depth == 0)
        {
            foreach (var p in e.GetType().GetProperties())
            {
                if (p.PropertyType.IsClass && p.PropertyType != typeof(string) && p.GetValue(e) is { } nested && OrganOf(nested, 1) is { } found)
                {
                    return found;
                }
            }
        }
        return Member(e, "FromOrganId") as Guid?;
    }

    private static object? Member(object o, string name) =>
        o.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)?.GetValue(o);
}
