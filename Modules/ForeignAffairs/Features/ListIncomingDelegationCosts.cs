using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Support;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>The Contracts query of the incoming delegations' costs by source id, for a consumer's backfill (no route: other modules send it).</summary>
internal sealed class ListIncomingDelegationCostsValidator : AbstractValidator<ListIncomingDelegationCostsQuery>
{
    public ListIncomingDelegationCostsValidator()
    {
        RuleFor(q => q.PageSize).InclusiveBetween(1, 1000);
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
    }
}

internal sealed class ListIncomingDelegationCostsHandler(DelegationRepository delegations) : IRequestHandler<ListIncomingDelegationCostsQuery, ForeignAffairsCostPage>
{
    public async Task<ForeignAffairsCostPage> Handle(ListIncomingDelegationCostsQuery query, CancellationToken ct)
    {
        var items = (await delegations.CostPageAsync(query.Year, query.After, query.PageSize, ct)).Select(r => r.ToCostItem()).ToList();
        return new ForeignAffairsCostPage(items, items.Count == query.PageSize ? items[^1].SourceId : null);
    }
}
