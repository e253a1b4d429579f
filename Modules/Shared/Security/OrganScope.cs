using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Shared.Security;

/// <summary>
/// The one seam every query and command passes to keep a principal to the rows it may see: lists add
/// <see cref="Filter"/>, reads and changes of one row call <see cref="EnsureVisibleAsync"/>, which
/// answers 404 exactly as if the row did not exist. An ordinary organ's principal sees its own organ's
/// rows; a lower-level bureau's principal sees the rows of every organ in its jurisdiction (the
/// organs whose division code starts with its prefix, read from <see cref="OrganDirectory"/>); the
/// top bureau's principals and the system see all (docs/adr/0022). A row without an organ is visible
/// only to those who see all.
/// </summary>
public sealed class OrganScope(CurrentPrincipal principal, OrganDirectory directory, BureauOrgan topBureau)
{
    public bool SeesAll => principal.SeesAllOrgans;

    /// <summary>The caller's jurisdiction prefix when it is a lower-level bureau's principal; otherwise null.</summary>
    public string? Jurisdiction => principal.SeesAllOrgans ? null : principal.Jurisdiction;

    public async Task<bool> CanSeeAsync(Guid? organId, CancellationToken ct)
    {
        if (principal.SeesAllOrgans)
        {
            return true;
        }
        if (organId is null)
        {
            return false;
        }
        if (organId == principal.OrganId)
        {
            return true;
        }
        return Jurisdiction is { } prefix && Security.Jurisdiction.Contains(prefix, await directory.DivisionCodeAsync(organId.Value, ct));
    }

    /// <summary>
    /// A synchronous test of many organs at once, for code that decides per row inside a loop or a
    /// projection: the directory is read once for all of <paramref name="organIds"/> first.
    /// </summary>
    public async Task<Func<Guid?, bool>> VisibilityAsync(IEnumerable<Guid?> organIds, CancellationToken ct)
    {
        if (principal.SeesAllOrgans)
        {
            return _ => true;
        }
        var own = principal.OrganId;
        if (Jurisdiction is not { } prefix)
        {
            return id => id is not null && id == own;
        }
        var ids = organIds.OfType<Guid>().Distinct().ToList();
        await directory.LoadAsync(ids, ct);
        var visible = new HashSet<Guid>();
        foreach (var id in ids)
        {
            if (id == own || Security.Jurisdiction.Contains(prefix, await directory.DivisionCodeAsync(id, ct)))
            {
                visible.Add(id);
            }
        }
        return id => id is { } g && visible.Contains(g);
    }

    /// <summary>The rows among <paramref name="rows"/> whose organ the caller may see, in their order.</summary>
    public async Task<IReadOnlyList<T>> VisibleAsync<T>(IReadOnlyCollection<T> rows, Func<T, Guid?> organOf, CancellationToken ct)
    {
        var visible = await VisibilityAsync(rows.Select(organOf), ct);
        return rows.Where(r => visible(organOf(r))).ToList();
    }

    public async Task EnsureVisibleAsync(Guid? organId, ErrorCode notFound, CancellationToken ct)
    {
        if (!await CanSeeAsync(organId, ct))
        {
            throw new ProblemException(notFound);
        }
    }

    /// <summary>
    /// Registering or dissolving organs, flagging bureaus, and editing rule tables are the top bureau's
    /// own work (403 for others, lower-level bureaus included).
    /// </summary>
    public void EnsureSeesAll()
    {
        if (!principal.SeesAllOrgans)
        {
            throw new ProblemException(SharedErrors.BureauOnly);
        }
    }

    /// <summary>
    /// A SQL predicate on the given organ column, or null when the caller sees all: the caller's own
    /// organ (parameter @ScopeOrganId), or for a lower-level bureau every organ of its jurisdiction
    /// through the directory (parameter @ScopePrefix, a LIKE pattern of digits only).
    /// </summary>
    public ScopeFilter? Filter(string organColumn)
    {
        if (principal.SeesAllOrgans)
        {
            return null;
        }
        var own = principal.OrganId ?? Guid.Empty;
        return Jurisdiction is { } prefix
            ? PrefixFilter(organColumn, own, prefix)
            : new ScopeFilter($"{organColumn} = @ScopeOrganId", own, null);
    }

    /// <summary>
    /// What a figure asked "for an organ" covers beyond the organ's own hierarchy: for an active bureau,
    /// every organ of its jurisdiction by division code — an organ registered without a parent chain up
    /// to the bureau is still the bureau's (issue 17, item 12); null for any other organ, whose figures
    /// cover its hierarchy. The answer is the LIKE pattern for <see cref="InJurisdiction"/>; the caller
    /// still applies its own scope (with its own parameters, so a city bureau asking for a district
    /// bureau gets the district, not the city).
    /// </summary>
    public async Task<string?> JurisdictionPatternOfAsync(Guid organId, CancellationToken ct) =>
        topBureau.Is(organId)
            ? "%" // the deployment's top bureau: every organ the deployment holds
            : await directory.BureauDivisionCodeAsync(organId, ct) is { } code ? Security.Jurisdiction.LikePattern(Security.Jurisdiction.PrefixOf(code)) : null;

    /// <summary>The predicate "the organ column is an organ of the jurisdiction whose LIKE pattern is in <paramref name="parameter"/>".</summary>
    public static string InJurisdiction(string organColumn, string parameter) =>
        $"{organColumn} IN (SELECT organ_id FROM shared_organ_directory WHERE division_code LIKE {parameter} ESCAPE '\\')";

    private static ScopeFilter PrefixFilter(string organColumn, Guid organId, string prefix) =>
        new(InJurisdiction(organColumn, "@ScopePrefix"), organId, Security.Jurisdiction.LikePattern(prefix));
}

/// <summary>
/// The scope's SQL predicate and its parameters: @ScopeOrganId always, @ScopePrefix when it is not
/// null. <see cref="Parameters"/> names both, so a caller that adds them all gets either predicate.
/// </summary>
public sealed record ScopeFilter(string Sql, Guid ScopeOrganId, string? ScopePrefix)
{
    public IEnumerable<KeyValuePair<string, object>> Parameters =>
        ScopePrefix is null
            ? [new("ScopeOrganId", ScopeOrganId)]
            : [new("ScopeOrganId", ScopeOrganId), new("ScopePrefix", ScopePrefix)];
}
