using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>The purchase standards (Vehicles_ListPurchaseStandards): the route.</summary>
internal static class ListPurchaseStandards
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/purchase-standards", Handle).WithName("Vehicles_ListPurchaseStandards")
            .WithSummary("The purchase standards (配备标准): every version, or those in force on a date")
            .WithDescription("With `on`, per code the most specific version in force for `jurisdiction` (a 6-digit code falls back to its prefecture, province, then national).")
            .Produces<IReadOnlyList<PurchaseStandardResponse>>().Problems(400)
            .RequireScope(VehiclesModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<PurchaseStandardResponse>>> Handle([AsParameters] RuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListPurchaseStandardsQuery(p.Jurisdiction, p.On), ct));
}

/// <summary>Without <c>On</c>: every version; with <c>On</c>: the standards in force for the jurisdiction.</summary>
internal sealed record ListPurchaseStandardsQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<PurchaseStandardResponse>>, IRuleListQuery;

internal sealed class ListPurchaseStandardsValidator : RuleListValidator<ListPurchaseStandardsQuery>;

internal sealed class ListPurchaseStandardsHandler(RuleRepository rules) : RuleListHandler<ListPurchaseStandardsQuery, PurchaseStandardResponse>(rules, RuleKinds.PurchaseStandard, RuleMapping.ToPurchaseStandard);
