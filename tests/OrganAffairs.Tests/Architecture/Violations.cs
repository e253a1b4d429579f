using MediatR;

// Planted violations: each architecture rule must find these, which proves the rule can fail.
// They live in the tests assembly only and are never registered in the Host.
namespace OrganAffairs.Tests.Architecture.Violations
{
    public sealed class PublicHandlerThatShouldBeInternal;

    public sealed record OrphanRequest : IRequest<int>;

    public sealed record TwiceHandledRequest : IRequest<int>;

    internal sealed class FirstHandler : IRequestHandler<TwiceHandledRequest, int>
    {
        public Task<int> Handle(TwiceHandledRequest request, CancellationToken cancellationToken) => Task.FromResult(1);
    }

    internal sealed class SecondHandler : IRequestHandler<TwiceHandledRequest, int>
    {
        public Task<int> Handle(TwiceHandledRequest request, CancellationToken cancellationToken) => Task.FromResult(2);
    }

    /// <summary>Cites a register document without saying so: the pipeline would not check the id.</summary>
    public sealed record UncheckedRuleVersionRequest(string Jurisdiction, Guid? DocumentId);

    /// <summary>A citing request body carried under another name than Body.</summary>
    public sealed record CheckedRuleVersionRequest(Guid? DocumentId) : OrganAffairs.Contracts.Common.ICitesRuleDocument;

    public sealed record PayloadCarryingCommand(CheckedRuleVersionRequest Payload) : IRequest<int>;

    /// <summary>Reaches into the Organs module's internals: what a duty module must never do.</summary>
    internal static class ReachesIntoOrgans
    {
        public static Type Peek() => typeof(Organs.OrgansModule);
    }
}

// A Domain namespace that reaches for the database and the web: what Domain/ must never do.
namespace OrganAffairs.Tests.Architecture.Violations.Domain
{
    internal static class QueriesFromDomain
    {
        public static Type Peek() => typeof(Dapper.SqlMapper);
    }

    internal static class AnswersHttpFromDomain
    {
        public static int Status(Microsoft.AspNetCore.Http.HttpContext http) => http.Response.StatusCode;
    }

    internal static class PureRule
    {
        public static bool Over(decimal area, decimal standard) => area > standard;
    }
}

// A rule table added by hand, beside the one helper: a version type with no definition and no store, and a
// repository that offers a store but also a public insert and end date.
namespace OrganAffairs.Tests.Architecture.Violations.RuleTables
{
    using OrganAffairs.Shared.Rules;

    internal sealed record HandMadeRuleRow(string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo) : IRuleVersion;

    internal sealed record DeclaredRuleRow(Guid Id, string Jurisdiction, DateOnly EffectiveFrom, DateOnly? EffectiveTo) : IRuleRow;

    internal static class DeclaredRuleTables
    {
        public static readonly RuleTableDefinition<DeclaredRuleRow> Declared =
            RuleTableDefinition<DeclaredRuleRow>.Plain("planted_rule", "PlantedRule", new Shared.Errors.ErrorCode("planted.version-exists", 409, "已存在。", "Exists."));
    }

    internal sealed class LeakyRuleRepository
    {
        public RuleStore<DeclaredRuleRow> Rule() => new((_, _) => Task.FromResult<IReadOnlyList<DeclaredRuleRow>>([]), SetEndAsync, InsertAsync);

        public Task InsertAsync(DeclaredRuleRow row, CancellationToken ct) => Task.CompletedTask;

        public Task SetEndAsync(Guid id, DateOnly? effectiveTo, CancellationToken ct) => Task.CompletedTask;
    }
}

// An integration event declared outside Contracts: the outbox cannot carry it, so it would bypass the webhook hook.
namespace OrganAffairs.Tests.Architecture.Violations.Webhooks
{
    internal sealed record PlantedEventOutsideContracts(Guid EventId, DateTimeOffset OccurredAt, Guid OrganId) : OrganAffairs.Contracts.Common.IIntegrationEvent;
}
