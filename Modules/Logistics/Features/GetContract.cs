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

/// <summary>Get a property-service contract (Logistics_GetContract): the route.</summary>
internal static class GetContract
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder contracts) =>
        contracts.MapGet("/{id:guid}", Handle).WithName("Logistics_GetContract")
            .WithSummary("Get a property-service contract, with its ETag (物业服务合同详情)")
            .WithDescription("Contracts are the bureau's data; every principal with logistics.read reads them.")
            .Produces<ContractResponse>().Problems(404)
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<Ok<ContractResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetContractQuery(id), ct), c => c.Version);
}

internal sealed record GetContractQuery(Guid Id) : IQuery<ContractResponse>;

internal sealed class GetContractHandler(ContractRepository contracts) : IRequestHandler<GetContractQuery, ContractResponse>
{
    public async Task<ContractResponse> Handle(GetContractQuery query, CancellationToken ct) =>
        (await contracts.GetAsync(query.Id, ct) ?? throw new ProblemException(LogisticsErrors.ContractNotFound)).ToResponse();
}
