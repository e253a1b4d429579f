namespace OrganAffairs.Shared.Security;

/// <summary>
/// Who is calling, for the organ scope and the audit trail. HTTP requests get it from the
/// authenticated user (<see cref="PrincipalMiddleware"/>); background work runs as "system", which
/// sees every organ. Until something sets it, it is an anonymous caller who sees no organ.
/// </summary>
public sealed class CurrentPrincipal
{
    public const string Anonymous = "anonymous";
    public const string System = "system";

    public string Id { get; private set; } = Anonymous;

    /// <summary>The client the principal acts through (API key name, JWT client id), when known.</summary>
    public string? Client { get; private set; }

    /// <summary>The principal's organ; null for the system principal.</summary>
    public Guid? OrganId { get; private set; }

    /// <summary>The bureau's own principals and the system see every organ's rows.</summary>
    public bool SeesAllOrgans { get; private set; }

    /// <summary>
    /// For a lower-level bureau's principal, its jurisdiction: the prefix of division codes whose
    /// organs it sees (docs/adr/0022); null for every other principal.
    /// </summary>
    public string? Jurisdiction { get; private set; }

    public void Set(string id, string? client, Guid? organId, bool seesAllOrgans, string? jurisdiction = null)
    {
        Id = id;
        Client = client;
        OrganId = organId;
        SeesAllOrgans = seesAllOrgans;
        Jurisdiction = seesAllOrgans ? null : jurisdiction;
    }

    public void SetSystem() => Set(System, null, null, seesAllOrgans: true);
}

/// <summary>The bureau's own organ (the top of the deployment), seeded at first start; its principals see across organs.</summary>
public sealed class BureauOrgan
{
    private Guid? _id;

    public Guid? Id => _id;

    public void Set(Guid id) => _id = id;

    public bool Is(Guid? organId) => organId is not null && organId == _id;
}
