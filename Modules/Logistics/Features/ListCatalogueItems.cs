using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>The service catalogue (服务目录) (Logistics_ListCatalogueItems): the route.</summary>
internal static class ListCatalogueItems
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/catalogue", Handle).WithName("Logistics_ListCatalogueItems")
            .WithSummary("The service catalogue (服务目录): every version, or those in force on a date")
            .WithDescription("The bureau's service items with their standards and reference prices (L1); a work order names one in force on the day it is raised. With `on`, the most specific version in force for `jurisdiction` per key (a 6-digit code falls back to its prefecture, province, then national). Each carries its source and confidence.")
            .Produces<IReadOnlyList<CatalogueItemResponse>>().Problems(400)
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<CatalogueItemResponse>>> Handle([AsParameters] RuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListCatalogueItemsQuery(p.Jurisdiction, p.On), ct));
}

internal sealed record ListCatalogueItemsQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<CatalogueItemResponse>>;

internal sealed class ListCatalogueItemsValidator : AbstractValidator<ListCatalogueItemsQuery>
{
    public ListCatalogueItemsValidator() => RuleFor(q => q.Jurisdiction).OptionalJurisdiction();
}

internal sealed class ListCatalogueItemsHandler(RuleVersioning rules) : IRequestHandler<ListCatalogueItemsQuery, IReadOnlyList<CatalogueItemResponse>>
{
    public async Task<IReadOnlyList<CatalogueItemResponse>> Handle(ListCatalogueItemsQuery query, CancellationToken ct) =>
        (await rules.ListAsync(RuleKinds.CatalogueItem, query.Jurisdiction, query.On, ct)).Select(RuleMapping.ToCatalogueItem).ToList();
}
