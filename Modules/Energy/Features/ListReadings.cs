using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Shared.Data;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Features;

/// <summary>A meter's readings, oldest first, with paging (Energy_ListReadings): the route.</summary>
internal static class ListReadings
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder readings) =>
        readings.MapGet("/meters/{id:guid}/readings", Handle).WithName("Energy_ListReadings")
            .WithSummary("A meter's readings, oldest first, with paging (读数列表)")
            .WithDescription("Optional from (inclusive) and to (exclusive) instants.")
            .Produces<PagedResult<ReadingResponse>>().Problems(400, 404)
            .RequireScope(EnergyModule.ReadScope);

    private static async Task<Ok<PagedResult<ReadingResponse>>> Handle(
        Guid id, [FromQuery(Name = "from")] DateTimeOffset? from, [FromQuery(Name = "to")] DateTimeOffset? to,
        [FromQuery(Name = "page")] int? page, [FromQuery(Name = "pageSize")] int? pageSize, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListReadingsQuery(id, from, to, PageRequest.From(page, pageSize)), ct));
}

internal sealed record ListReadingsQuery(Guid MeterId, DateTimeOffset? From, DateTimeOffset? To, PageRequest Page) : IQuery<PagedResult<ReadingResponse>>;

internal sealed class ListReadingsValidator : AbstractValidator<ListReadingsQuery>
{
    public ListReadingsValidator() =>
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null).OverridePropertyName("to");
}

internal sealed class ListReadingsHandler(MeterRepository meters, ReadingRepository readings, ReplicaReads replica) : IRequestHandler<ListReadingsQuery, PagedResult<ReadingResponse>>
{
    public async Task<PagedResult<ReadingResponse>> Handle(ListReadingsQuery query, CancellationToken ct)
    {
        // Tolerates replica lag; a client that echoes its write position reads its own writes (docs/adr/0048).
        await replica.UseAsync(ct);
        _ = await meters.GetVisibleAsync(query.MeterId, ct) ?? throw new ProblemException(EnergyErrors.MeterNotFound);
        var (rows, total) = await readings.ListAsync(query.MeterId, query.From, query.To, query.Page, ct);
        return new PagedResult<ReadingResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
