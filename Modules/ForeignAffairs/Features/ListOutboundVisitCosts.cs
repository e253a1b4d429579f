using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Support;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>The Contracts query of the visits' expense lines by source id, for a consumer's backfill and reconciliation (no route: other modules send it).</summary>
internal sealed class ListOutboundVisitCostsValidator : AbstractValidator<ListOutboundVisitCostsQuery>
{
    public ListOutboundVisitCostsValidator()
    {
        RuleFor(q => q.PageSize).InclusiveBetween(1, 1000);
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
    }
}

internal sealed class ListOutboundVisitCostsHandler(ExpenseRepository expenses) : IRequestHandler<ListOutboundVisitCostsQuery, ForeignAffairsCostPage>
{
    public async Task<ForeignAffairsCostPage> Handle(ListOutboundVisitCostsQuery query, CancellationToken ct)
    {
        var items = (await expenses.PageAsync(query.Year, query.After, query.PageSize, ct)).Select(r => r.ToCostItem()).ToList();
        return new ForeignAffairsCostPage(items, items.Count == query.PageSize ? items[^1].SourceId : null);
    }
}
