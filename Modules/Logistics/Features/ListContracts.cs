using FluentValidation;
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
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>List property-service contracts (Logistics_ListContracts): the route.</summary>
internal static class ListContracts
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder contracts) =>
        contracts.MapGet("/", Handle).WithName("Logistics_ListContracts")
            .WithSummary("List property-service contracts with filters and paging (物业服务合同列表)")
            .WithDescription("Filters: providerCreditCode, inForceOn (a business date within the term). Sort fields: startsOn, endsOn, providerName; default -startsOn.")
            .Produces<PagedResult<ContractResponse>>().Problems(400)
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<Ok<PagedResult<ContractResponse>>> Handle([AsParameters] ContractListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListContractsQuery(p.ProviderCreditCode, p.InForceOn, PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

/// <summary>Query parameters of GET /api/v1/logistics/contracts.</summary>
internal sealed record ContractListParameters
{
    [FromQuery(Name = "providerCreditCode")] public string? ProviderCreditCode { get; init; }
    [FromQuery(Name = "inForceOn")] public DateOnly? InForceOn { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}

internal sealed record ListContractsQuery(string? ProviderCreditCode, DateOnly? InForceOn, PageRequest Page, string? Sort) : IQuery<PagedResult<ContractResponse>>;

internal sealed class ListContractsValidator : AbstractValidator<ListContractsQuery>
{
    public ListContractsValidator()
    {
        RuleFor(q => q.Sort).MaximumLength(200);
        RuleFor(q => q.ProviderCreditCode).Length(18);
    }
}

internal sealed class ListContractsHandler(ContractRepository contracts) : IRequestHandler<ListContractsQuery, PagedResult<ContractResponse>>
{
    public async Task<PagedResult<ContractResponse>> Handle(ListContractsQuery query, CancellationToken ct)
    {
        var (rows, total) = await contracts.ListAsync(query.ProviderCreditCode, query.InForceOn, query.Page, ContractRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<ContractResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
