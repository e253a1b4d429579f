using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>A contract's amendments (Logistics_ListContractAmendments): the route.</summary>
internal static class ListContractAmendments
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder contracts) =>
        contracts.MapGet("/{id:guid}/amendments", Handle).WithName("Logistics_ListContractAmendments")
            .WithSummary("A property-service contract's amendments, oldest first (合同变更记录)")
            .WithDescription("Each amendment with its effective date, reason, the contract version it made, and each part (end of term, items, buildings, price basis) before and after. Every logistics reader reads contracts, as GET /contracts/{id}.")
            .Produces<IReadOnlyList<ContractAmendmentResponse>>().Problems(404)
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<ContractAmendmentResponse>>> Handle(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListContractAmendmentsQuery(id), ct));
}

internal sealed record ListContractAmendmentsQuery(Guid Id) : IQuery<IReadOnlyList<ContractAmendmentResponse>>;

internal sealed class ListContractAmendmentsHandler(ContractRepository contracts) : IRequestHandler<ListContractAmendmentsQuery, IReadOnlyList<ContractAmendmentResponse>>
{
    public async Task<IReadOnlyList<ContractAmendmentResponse>> Handle(ListContractAmendmentsQuery query, CancellationToken ct)
    {
        _ = await contracts.GetAsync(query.Id, ct) ?? throw new ProblemException(LogisticsErrors.ContractNotFound);
        return (await contracts.AmendmentsAsync(query.Id, ct)).Select(a => a.ToResponse()).ToList();
    }
}
