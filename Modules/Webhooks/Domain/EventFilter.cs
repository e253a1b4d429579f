namespace OrganAffairs.Webhooks.Domain;

/// <summary>A subscription's filters; every one given must pass (an empty list or null passes all).</summary>
internal sealed record EventFilter(IReadOnlyList<string> EventTypes, IReadOnlyList<string> Modules, Guid? OrganId, string? Jurisdiction)
{
    /// <param name="divisionCode">The division code of the event's organ (null when the event names none or the directory does not know it).</param>
    public bool Matches(string type, string module, Guid? organId, string? divisionCode) =>
        (EventTypes.Count == 0 || EventTypes.Contains(type, StringComparer.Ordinal))
        && (Modules.Count == 0 || Modules.Contains(module, StringComparer.Ordinal))
        && (OrganId is null || OrganId == organId)
        && (Jurisdiction is null || (divisionCode is not null && divisionCode.StartsWith(Jurisdiction, StringComparison.Ordinal)));
}
