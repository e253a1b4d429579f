using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.ForeignAffairs.Data;

/// <summary>The module's rule table (foreign_affairs_rule): versions per kind, key and jurisdiction, resolved in .NET.</summary>
internal sealed class RuleRepository(UnitOfWork uow, SqlDialect dialect)
    : KindRuleRepository<RuleRow>(uow, dialect, new("foreign_affairs_rule", r => r.Confidence, r => r.DocumentId));
