using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Vehicles.Data;

/// <summary>The module's rule table (vehicles_rule): versions per kind, key and jurisdiction, resolved in .NET.</summary>
internal sealed class RuleRepository(UnitOfWork uow, SqlDialect dialect)
    : KindRuleRepository<RuleRow>(uow, dialect, new("vehicles_rule", DocumentId: r => r.DocumentId));
