using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Features;

/// <summary>A meter's replacements (换表), oldest first (Energy_ListMeterReplacements): the route.</summary>
internal static class ListMeterReplacements
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder meters) =>
        meters.MapGet("/{id:guid}/replacements", Handle).WithName("Energy_ListMeterReplacements")
            .WithSummary("A meter's replacements (换表), oldest first")
            .WithDescription("Each with the old register's final value when it was recorded, and the new register's starting value and size.")
            .Produces<IReadOnlyList<MeterReplacementResponse>>().Problems(404)
            .RequireScope(EnergyModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<MeterReplacementResponse>>> Handle(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListReplacementsQuery(id), ct));
}

internal sealed record ListReplacementsQuery(Guid MeterId) : IQuery<IReadOnlyList<MeterReplacementResponse>>;

internal sealed class ListReplacementsHandler(MeterRepository meters) : IRequestHandler<ListReplacementsQuery, IReadOnlyList<MeterReplacementResponse>>
{
    public async Task<IReadOnlyList<MeterReplacementResponse>> Handle(ListReplacementsQuery query, CancellationToken ct)
    {
        _ = await meters.GetVisibleAsync(query.MeterId, ct) ?? throw new ProblemException(EnergyErrors.MeterNotFound);
        return (await meters.ReplacementsAsync(query.MeterId, ct)).Select(r => new MeterReplacementResponse(
            r.ReplacedAt, r.FinalRegisterMilli is { } f ? Scaled.FromMilli(f) : null, Scaled.FromMilli(r.NewRegisterMilli), r.RegisterDigits)).ToList();
    }
}
