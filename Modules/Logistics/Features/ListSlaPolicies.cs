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

/// <summary>Service-level policies (L3) (Logistics_ListSlaPolicies): the route.</summary>
internal static class ListSlaPolicies
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/sla-policies", Handle).WithName("Logistics_ListSlaPolicies")
            .WithSummary("Service-level policies (L3): every version, or those in force on a date (服务时限标准)")
            .WithDescription("Response (on site) and resolution targets per category and priority, in working or calendar time; seeded: Sichuan's emergency repairs on site within 30 minutes (510000, 川机管发〔2015〕53号). With `on`, the most specific version in force for `jurisdiction` per key (a 6-digit code falls back to its prefecture, province, then national). Each carries its source and confidence; a contract's own policies carry its `contractId` (the `contractId` filter keeps only those of one contract).")
            .Produces<IReadOnlyList<SlaPolicyResponse>>().Problems(400)
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<SlaPolicyResponse>>> Handle([AsParameters] RuleListParameters p, Guid? contractId, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListSlaPoliciesQuery(p.Jurisdiction, p.On, contractId), ct));
}

internal sealed record ListSlaPoliciesQuery(string? Jurisdiction, DateOnly? On, Guid? ContractId = null) : IQuery<IReadOnlyList<SlaPolicyResponse>>;

internal sealed class ListSlaPoliciesValidator : AbstractValidator<ListSlaPoliciesQuery>
{
    public ListSlaPoliciesValidator() => RuleFor(q => q.Jurisdiction).OptionalJurisdiction();
}

internal sealed class ListSlaPoliciesHandler(RuleVersioning rules) : IRequestHandler<ListSlaPoliciesQuery, IReadOnlyList<SlaPolicyResponse>>
{
    public async Task<IReadOnlyList<SlaPolicyResponse>> Handle(ListSlaPoliciesQuery query, CancellationToken ct) =>
        (await rules.ListAsync(RuleKinds.SlaPolicy, query.Jurisdiction, query.On, ct)).Select(RuleMapping.ToSlaPolicy)
            .Where(p => query.ContractId is null || p.ContractId == query.ContractId).ToList();
}
