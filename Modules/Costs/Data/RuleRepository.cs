using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Costs.Data;

/// <summary>The module's rule table (costs_rule): versions per kind, key and jurisdiction, resolved in .NET.</summary>
internal sealed class RuleRepository(UnitOfWork uow, SqlDialect dialect) : KindRuleRepository<RuleRow>(uow, dialect, new("costs_rule", DocumentId: r => r.DocumentId));
