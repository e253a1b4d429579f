using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Energy.Data;

/// <summary>The module's rule table (energy_rule): versions per kind, key and jurisdiction, resolved in .NET.</summary>
internal sealed class RuleRepository(UnitOfWork uow, SqlDialect dialect)
    : KindRuleRepository<RuleRow>(uow, dialect, new("energy_rule", r => r.Confidence.ToString(), r => r.DocumentId));
