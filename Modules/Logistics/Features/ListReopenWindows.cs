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

/// <summary>The reopen window (Logistics_ListReopenWindows): the route.</summary>
internal static class ListReopenWindows
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/reopen-windows", Handle).WithName("Logistics_ListReopenWindows")
            .WithSummary("The reopen window: every version, or those in force on a date (重开期限)")
            .WithDescription("How many days after its resolution the requester may reopen a work order. With `on`, the most specific version in force for `jurisdiction` per key (a 6-digit code falls back to its prefecture, province, then national). Each carries its source and confidence.")
            .Produces<IReadOnlyList<ReopenWindowResponse>>().Problems(400)
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<ReopenWindowResponse>>> Handle([AsParameters] RuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListReopenWindowsQuery(p.Jurisdiction, p.On), ct));
}

internal sealed record ListReopenWindowsQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<ReopenWindowResponse>>;

internal sealed class ListReopenWindowsValidator : AbstractValidator<ListReopenWindowsQuery>
{
    public ListReopenWindowsValidator() => RuleFor(q => q.Jurisdiction).OptionalJurisdiction();
}

internal sealed class ListReopenWindowsHandler(RuleVersioning rules) : IRequestHandler<ListReopenWindowsQuery, IReadOnlyList<ReopenWindowResponse>>
{
    public async Task<IReadOnlyList<ReopenWindowResponse>> Handle(ListReopenWindowsQuery query, CancellationToken ct) =>
        (await rules.ListAsync(RuleKinds.ReopenWindow, query.Jurisdiction, query.On, ct)).Select(RuleMapping.ToReopenWindow).ToList();
}
