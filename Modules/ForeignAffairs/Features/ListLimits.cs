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

/// <summary>The outbound limits (ForeignAffairs_ListLimits): the route.</summary>
internal static class ListLimits
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/limits", Handle).WithName("ForeignAffairs_ListLimits")
            .WithSummary("The outbound limits (F1–F5, F11 yearly trips per person, F12 leadership team): every version, or those along a jurisdiction's chain (出访限制规则)")
            .WithDescription("With `jurisdiction`, the versions of that division, its prefecture, province and national (a visit is judged by the strictest limit in force along the chain); without it, every version.")
            .Produces<IReadOnlyList<OutboundLimitsResponse>>().Problems(400)
            .RequireScope(ForeignAffairsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<OutboundLimitsResponse>>> Handle([FromQuery(Name = "jurisdiction")] string? jurisdiction, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListLimitsQuery(jurisdiction), ct));
}

internal sealed record ListLimitsQuery(string? Jurisdiction) : IQuery<IReadOnlyList<OutboundLimitsResponse>>;

internal sealed class ListLimitsValidator : AbstractValidator<ListLimitsQuery>
{
    public ListLimitsValidator() =>
        RuleFor(q => q.Jurisdiction).Must(j => j is null || Jurisdictions.IsJurisdiction(j))
            .WithErrorCode(ForeignAffairsErrors.Jurisdiction.Code).WithMessage(ForeignAffairsErrors.Jurisdiction.Title);
}

internal sealed class ListLimitsHandler(RuleRepository rules) : IRequestHandler<ListLimitsQuery, IReadOnlyList<OutboundLimitsResponse>>
{
    public async Task<IReadOnlyList<OutboundLimitsResponse>> Handle(ListLimitsQuery query, CancellationToken ct) =>
        (await rules.VersionsAsync(RuleKinds.Limits, query.Jurisdiction is { } j ? Jurisdictions.ChainOf(j) : null, ct))
            .Where(r => r.RuleKey == RuleKinds.GeneralKey).Select(LimitsMapping.ToResponse).ToList();
}
