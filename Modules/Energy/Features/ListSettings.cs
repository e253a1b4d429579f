using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Features;

/// <summary>The module's settings rule: annual report due date, anomaly threshold, silent-meter days (Energy_ListSettings): the route.</summary>
internal static class ListSettings
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/settings", Handle).WithName("Energy_ListSettings")
            .WithSummary("The module's settings rule: annual report due date, anomaly threshold, silent-meter days (能源模块设置)")
            .WithDescription("Every version, or with `on` the one in force for `jurisdiction`. Seeded nationally: due 31 March (公共机构节能条例), threshold 20%, 3 silent days.")
            .Produces<IReadOnlyList<EnergySettingsResponse>>().Problems(400)
            .RequireScope(EnergyModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<EnergySettingsResponse>>> Handle(
        [FromQuery(Name = "jurisdiction")] string? jurisdiction, [FromQuery(Name = "on")] DateOnly? on, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListSettingsQuery(jurisdiction, on), ct));
}

internal sealed record ListSettingsQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<EnergySettingsResponse>>;

internal sealed class ListSettingsValidator : AbstractValidator<ListSettingsQuery>
{
    public ListSettingsValidator() => RuleFor(q => q.Jurisdiction).OptionalJurisdiction();
}

internal sealed class ListSettingsHandler(RuleVersioning versioning) : IRequestHandler<ListSettingsQuery, IReadOnlyList<EnergySettingsResponse>>
{
    public async Task<IReadOnlyList<EnergySettingsResponse>> Handle(ListSettingsQuery query, CancellationToken ct) =>
        (await versioning.ListAsync(RuleKinds.Settings, query.Jurisdiction, query.On, ct)).Select(r => r.ToSettings()).ToList();
}
