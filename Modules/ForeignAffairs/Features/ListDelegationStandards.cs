using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>The standards of receiving foreign guests (ForeignAffairs_ListDelegationStandards): the route.</summary>
internal static class ListDelegationStandards
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/incoming", Handle).WithName("ForeignAffairs_ListDelegationStandards")
            .WithSummary("The standards of receiving foreign guests (外宾接待标准, FI1): every version, or those along a jurisdiction's chain")
            .WithDescription("With `jurisdiction`, the versions of that division, its prefecture, province and national (the most specific version in force on the payment date applies); without it, every version.")
            .Produces<IReadOnlyList<DelegationStandardsResponse>>().Problems(400)
            .RequireScope(ForeignAffairsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<DelegationStandardsResponse>>> Handle([FromQuery(Name = "jurisdiction")] string? jurisdiction, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListDelegationStandardsQuery(jurisdiction), ct));
}

internal sealed record ListDelegationStandardsQuery(string? Jurisdiction) : IQuery<IReadOnlyList<DelegationStandardsResponse>>;

internal sealed class ListDelegationStandardsValidator : AbstractValidator<ListDelegationStandardsQuery>
{
    public ListDelegationStandardsValidator() =>
        RuleFor(q => q.Jurisdiction).Must(j => j is null || Jurisdictions.IsJurisdiction(j))
            .WithErrorCode(ForeignAffairsErrors.Jurisdiction.Code).WithMessage(ForeignAffairsErrors.Jurisdiction.Title);
}

internal sealed class ListDelegationStandardsHandler(RuleRepository rules) : IRequestHandler<ListDelegationStandardsQuery, IReadOnlyList<DelegationStandardsResponse>>
{
    public async Task<IReadOnlyList<DelegationStandardsResponse>> Handle(ListDelegationStandardsQuery query, CancellationToken ct) =>
        (await rules.VersionsAsync(RuleKinds.Incoming, query.Jurisdiction is { } j ? Jurisdictions.ChainOf(j) : null, ct))
            .Where(r => r.RuleKey == RuleKinds.StandardsKey).Select(DelegationMapping.ToStandardsResponse).ToList();
}
