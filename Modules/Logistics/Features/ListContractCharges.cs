using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>List the charges of a contract attributed to organs (Logistics_ListContractCharges): the route.</summary>
internal static class ListContractCharges
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder contracts) =>
        contracts.MapGet("/{id:guid}/charges", Handle).WithName("Logistics_ListContractCharges")
            .WithSummary("List a property-service contract's charges per organ and month (物业费分摊明细)")
            .WithDescription("By month, then organ; optional filter organId. An ordinary organ sees only its own charges.")
            .Produces<IReadOnlyList<ContractChargeResponse>>().Problems(400, 404)
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<ContractChargeResponse>>> Handle(Guid id, [FromQuery(Name = "organId")] Guid? organId, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListContractChargesQuery(id, organId), ct));
}

internal sealed record ListContractChargesQuery(Guid ContractId, Guid? OrganId) : IQuery<IReadOnlyList<ContractChargeResponse>>;

internal sealed class ListContractChargesHandler(ContractRepository contracts, CostRepository costs, OrganScope scope)
    : IRequestHandler<ListContractChargesQuery, IReadOnlyList<ContractChargeResponse>>
{
    public async Task<IReadOnlyList<ContractChargeResponse>> Handle(ListContractChargesQuery query, CancellationToken ct)
    {
        _ = await contracts.GetAsync(query.ContractId, ct) ?? throw new ProblemException(LogisticsErrors.ContractNotFound);
        var rows = await costs.ChargesAsync(query.ContractId, query.OrganId, ct);
        return (await scope.VisibleAsync(rows, r => r.OrganId, ct)).Select(r => r.ToResponse()).ToList();
    }
}
