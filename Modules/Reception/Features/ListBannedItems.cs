using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Domain;
using OrganAffairs.Reception.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Reception.Features;

/// <summary>The banned items (禁止事项) (Reception_ListBannedItems): the route.</summary>
internal static class ListBannedItems
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/banned-items", Handle).WithName("Reception_ListBannedItems")
            .WithSummary("The banned items (禁止事项): every version, or those in force on a date")
            .WithDescription("With `on`, the most specific version in force for `jurisdiction` (a 6-digit code falls back to its prefecture, province, then national). Each carries its source and confidence.")
            .Produces<IReadOnlyList<BannedItemsResponse>>().Problems(400)
            .RequireScope(ReceptionModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<BannedItemsResponse>>> Handle([AsParameters] RuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListBannedItemsQuery(p.Jurisdiction, p.On), ct));
}

internal sealed record ListBannedItemsQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<BannedItemsResponse>>;

internal sealed class ListBannedItemsValidator : AbstractValidator<ListBannedItemsQuery>
{
    public ListBannedItemsValidator() => RuleFor(q => q.Jurisdiction).OptionalJurisdiction();
}

internal sealed class ListBannedItemsHandler(RuleRepository rules) : IRequestHandler<ListBannedItemsQuery, IReadOnlyList<BannedItemsResponse>>
{
    public async Task<IReadOnlyList<BannedItemsResponse>> Handle(ListBannedItemsQuery query, CancellationToken ct) =>
        (await RuleMapping.ListAsync(rules, RuleKinds.BannedItems, query.Jurisdiction, query.On, ct)).Select(RuleMapping.ToBannedItems).ToList();
}
