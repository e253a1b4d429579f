namespace OrganAffairs.Contracts.Common;

/// <summary>
/// A request that cites a document of the rules register (制度) as <c>documentId</c>, as every new rule-table version may. The
/// Shared pipeline refuses an id the register does not hold (400 <c>rules.document-not-found</c> on <c>documentId</c>) before the
/// handler runs, for every such request alike; an architecture test keeps every request with a <c>DocumentId</c> on this interface.
/// </summary>
public interface ICitesRuleDocument
{
    /// <summary>The register document the version cites, or null.</summary>
    Guid? DocumentId { get; }
}
