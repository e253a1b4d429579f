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
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Agreements expiring within N days (ForeignAffairs_ListExpiringAgreements): the route.</summary>
internal static class ListExpiringAgreements
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder agreements) =>
        agreements.MapGet("/expiring", Handle).WithName("ForeignAffairs_ListExpiringAgreements")
            .WithSummary("Signed agreements expiring within N days, for their renewal (即将到期的协议)")
            .WithDescription("Signed agreements whose expiry is between asOf (default today) and asOf + withinDays (1–3650, default 90), both included, by expiry; each with its renewal reminder day and next anniversary. Filter organId. An organ sees its own.")
            .Produces<IReadOnlyList<AgreementResponse>>().Problems(400)
            .RequireScope(ForeignAffairsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<AgreementResponse>>> Handle([AsParameters] ListExpiringAgreementsQuery query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));
}

internal sealed record ListExpiringAgreementsQuery : IQuery<IReadOnlyList<AgreementResponse>>
{
    [FromQuery(Name = "withinDays")] public int? WithinDays { get; init; }
    [FromQuery(Name = "asOf")] public DateOnly? AsOf { get; init; }
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
}

internal sealed class ListExpiringAgreementsValidator : AbstractValidator<ListExpiringAgreementsQuery>
{
    public ListExpiringAgreementsValidator()
    {
        RuleFor(q => q.WithinDays).InclusiveBetween(1, 3650);
        RuleFor(q => q.AsOf!.Value.Year).InclusiveBetween(2000, 2100).When(q => q.AsOf is not null).OverridePropertyName("asOf");
    }
}

internal sealed class ListExpiringAgreementsHandler(AgreementRepository agreements, BusinessClock clock)
    : IRequestHandler<ListExpiringAgreementsQuery, IReadOnlyList<AgreementResponse>>
{
    public async Task<IReadOnlyList<AgreementResponse>> Handle(ListExpiringAgreementsQuery query, CancellationToken ct)
    {
        var from = query.AsOf ?? clock.Today;
        var rows = await agreements.ExpiringAsync(from, from.AddDays(query.WithinDays ?? 90), query.OrganId, ct);
        return rows.Select(r => r.ToResponse(from)).ToList();
    }
}
