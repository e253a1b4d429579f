using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Reception.Data;

/// <summary>The module's rule table (reception_rule): versions per kind, key and jurisdiction, resolved in .NET.</summary>
internal sealed class RuleRepository(UnitOfWork uow, SqlDialect dialect)
    : KindRuleRepository<RuleRow>(uow, dialect, new("reception_rule", r => r.Confidence.ToString(), r => r.DocumentId));
