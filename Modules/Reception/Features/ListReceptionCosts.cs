using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Data;

namespace OrganAffairs.Reception.Features;

/// <summary>The Contracts query of the reception cost lines by source id, for Costs' backfill and reconciliation (no route: other modules send it).</summary>
internal sealed class ListReceptionCostsValidator : AbstractValidator<ListReceptionCostsQuery>
{
    public ListReceptionCostsValidator()
    {
        RuleFor(q => q.PageSize).InclusiveBetween(1, 1000);
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
    }
}

internal sealed class ListReceptionCostsHandler(ReceptionRepository receptions) : IRequestHandler<ListReceptionCostsQuery, ReceptionCostPage>
{
    public async Task<ReceptionCostPage> Handle(ListReceptionCostsQuery query, CancellationToken ct)
    {
        var items = (await receptions.CostPageAsync(query.OrganId, query.Year, query.After, query.PageSize, ct))
            .Select(r => new ReceptionCostItem(r.SourceId, r.ReceptionId, r.OrganId, "Reception", r.AmountFen, r.PaidOn, r.Category)).ToList();
        return new ReceptionCostPage(items, items.Count == query.PageSize ? items[^1].SourceId : null);
    }
}
