using FluentValidation;
using MediatR;
using OrganAffairs.Vehicles.Data;

namespace OrganAffairs.Vehicles.Support;

/// <summary>The query of a rule-table list: every version (optionally of one jurisdiction), or with <c>on</c> those in force for the jurisdiction.</summary>
internal interface IRuleListQuery
{
    string? Jurisdiction { get; }

    DateOnly? On { get; }
}

/// <summary>What every rule-table list validates: the optional jurisdiction filter.</summary>
internal abstract class RuleListValidator<TQuery> : AbstractValidator<TQuery> where TQuery : IRuleListQuery
{
    protected RuleListValidator() => RuleFor(q => q.Jurisdiction).OptionalJurisdiction();
}

/// <summary>Every rule-table list answers the same way: the versions of its kind, each mapped to the kind's response.</summary>
internal abstract class RuleListHandler<TQuery, TResponse>(RuleRepository rules, string kind, Func<RuleRow, TResponse> map)
    : IRequestHandler<TQuery, IReadOnlyList<TResponse>> where TQuery : IRuleListQuery, IRequest<IReadOnlyList<TResponse>>
{
    public async Task<IReadOnlyList<TResponse>> Handle(TQuery query, CancellationToken ct) =>
        (await RuleMapping.ListAsync(rules, kind, query.Jurisdiction, query.On, ct)).Select(map).ToList();
}
