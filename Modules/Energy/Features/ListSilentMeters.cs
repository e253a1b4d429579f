using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Energy.Features;

/// <summary>Active meters with no reading for N days (Energy_ListSilentMeters): the route.</summary>
internal static class ListSilentMeters
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder anomalies) =>
        anomalies.MapGet("/silent-meters", Handle).WithName("Energy_ListSilentMeters")
            .WithSummary("Active meters with no reading for N days (长期无读数的计量器具)")
            .WithDescription("days defaults to the settings rule's (3 as seeded); optional institutionId; paged, longest silent first.")
            .Produces<PagedResult<SilentMeter>>().Problems(400, 422)
            .RequireScope(EnergyModule.ReadScope);

    private static async Task<Ok<PagedResult<SilentMeter>>> Handle(
        [FromQuery(Name = "days")] int? days, [FromQuery(Name = "institutionId")] Guid? institutionId,
        [FromQuery(Name = "page")] int? page, [FromQuery(Name = "pageSize")] int? pageSize, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListSilentMetersQuery(days, institutionId, PageRequest.From(page, pageSize)), ct));
}

internal sealed record ListSilentMetersQuery(int? Days, Guid? InstitutionId, PageRequest Page) : IQuery<PagedResult<SilentMeter>>;

internal sealed class ListSilentMetersValidator : AbstractValidator<ListSilentMetersQuery>
{
    public ListSilentMetersValidator() => RuleFor(q => q.Days).InclusiveBetween(1, 366).When(q => q.Days is not null).OverridePropertyName("days");
}

/// <summary>Meters with no reading for N days (the settings rule's national default unless the query gives one).</summary>
internal sealed class ListSilentMetersHandler(MeterRepository meters, EnergyRuleBook book, BusinessClock clock)
    : IRequestHandler<ListSilentMetersQuery, PagedResult<SilentMeter>>
{
    public async Task<PagedResult<SilentMeter>> Handle(ListSilentMetersQuery query, CancellationToken ct)
    {
        await book.LoadAsync(ct);
        var days = query.Days ?? book.Settings(null, clock.Today)?.SilentMeterDays ?? throw new ProblemException(EnergyErrors.SettingsMissing);
        var now = clock.UtcNow;
        var (rows, total) = await meters.SilentAsync(now.AddDays(-days), query.InstitutionId, query.Page, ct);
        return new PagedResult<SilentMeter>(rows.Select(m => new SilentMeter(m.Id, m.InstitutionId, m.Code, m.Kind, m.LastReadAt,
            MeterSilence.Days(now, m.LastReadAt, m.InstalledAt))).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}
