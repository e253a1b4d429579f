using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Shared.Security;

/// <summary>
/// The one seam every query and command passes to keep an ordinary organ's principal to its own
/// rows: lists add <see cref="Filter"/>, reads and changes of one row call <see cref="EnsureVisible"/>,
/// which answers 404 exactly as if the row did not exist.
/// </summary>
public sealed class OrganScope(CurrentPrincipal principal)
{
    public bool SeesAll => principal.SeesAllOrgans;

    public bool CanSee(Guid? organId) => principal.SeesAllOrgans || (organId is not null && organId == principal.OrganId);

    public void EnsureVisible(Guid? organId, ErrorCode notFound)
    {
        if (!CanSee(organId))
        {
            throw new ProblemException(notFound);
        }
    }

    /// <summary>Registering or dissolving organs, and editing rule tables, are the bureau's own work (403 for others).</summary>
    public void EnsureSeesAll()
    {
        if (!principal.SeesAllOrgans)
        {
            throw new ProblemException(SharedErrors.BureauOnly);
        }
    }

    /// <summary>A SQL predicate on the given organ column (parameter @ScopeOrganId), or null when the caller sees all.</summary>
    public ScopeFilter? Filter(string organColumn) =>
        principal.SeesAllOrgans ? null : new ScopeFilter($"{organColumn} = @ScopeOrganId", principal.OrganId ?? Guid.Empty);
}

public sealed record ScopeFilter(string Sql, Guid ScopeOrganId);
