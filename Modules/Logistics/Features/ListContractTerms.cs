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

/// <summary>The contract-term rule (Logistics_ListContractTerms): the route.</summary>
internal static class ListContractTerms
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/contract-terms", Handle).WithName("Logistics_ListContractTerms")
            .WithSummary("The contract-term rule: every version, or those in force on a date (合同期限规则)")
            .WithDescription("The normal and the longest term of property-service contracts, in years (L2). With `on`, the most specific version in force for `jurisdiction` per key (a 6-digit code falls back to its prefecture, province, then national). Each carries its source and confidence.")
            .Produces<IReadOnlyList<ContractTermResponse>>().Problems(400)
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<ContractTermResponse>>> Handle([AsParameters] RuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListContractTermsQuery(p.Jurisdiction, p.On), ct));
}

internal sealed record ListContractTermsQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<ContractTermResponse>>;

internal sealed class ListContractTermsValidator : AbstractValidator<ListContractTermsQuery>
{
    public ListContractTermsValidator() => RuleFor(q => q.Jurisdiction).OptionalJurisdiction();
}

internal sealed class ListContractTermsHandler(RuleVersioning rules) : IRequestHandler<ListContractTermsQuery, IReadOnlyList<ContractTermResponse>>
{
    public async Task<IReadOnlyList<ContractTermResponse>> Handle(ListContractTermsQuery query, CancellationToken ct) =>
        (await rules.ListAsync(RuleKinds.ContractTerm, query.Jurisdiction, query.On, ct)).Select(ContractMapping.ToContractTerm).ToList();
}
