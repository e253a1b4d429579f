namespace OrganAffairs.Shared.Security;

/// <summary>
/// Who is calling. Until authentication exists every HTTP caller is the placeholder bureau
/// principal "anonymous"; background work runs as "system". Both see across organs.
/// </summary>
public sealed class CurrentPrincipal
{
    public const string Anonymous = "anonymous";
    public const string System = "system";

    public string Id { get; private set; } = Anonymous;

    /// <summary>The principal's organ; null for the placeholder and for the system principal.</summary>
    public Guid? OrganId { get; private set; }

    /// <summary>The bureau's own principals (and the system) see every organ's rows.</summary>
    public bool SeesAllOrgans { get; private set; } = true;

    public void Set(string id, Guid? organId, bool seesAllOrgans)
    {
        Id = id;
        OrganId = organId;
        SeesAllOrgans = seesAllOrgans;
    }

    public void SetSystem() => Set(System, null, seesAllOrgans: true);
}
