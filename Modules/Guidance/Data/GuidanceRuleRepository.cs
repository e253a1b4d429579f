using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Guidance.Data;

/// <summary>The module's rule table (guidance_rule): versions per kind, key and jurisdiction, resolved in .NET.</summary>
internal sealed class GuidanceRuleRepository(UnitOfWork uow, SqlDialect dialect)
    : KindRuleRepository<GuidanceRuleRow>(uow, dialect, new("guidance_rule", r => r.Confidence, r => r.DocumentId));
