using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Support;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Features;

/// <summary>The office-area standard (m² per person): every version, or those in force on a date (Buildings_ListOfficeStandards): the route.</summary>
internal static class ListOfficeStandards
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder standards) =>
        standards.MapGet("/", Handle).WithName("Buildings_ListOfficeStandards")
            .WithSummary("The office-area standard (m² per person): every version, or those in force on a date (办公室面积标准)")
            .WithDescription("Seeded nationally from 2014-12-01 from 党政机关办公用房建设标准（发改投资〔2014〕2674号）. With `on`, per level and rank the version that applies for `jurisdiction` on that date: the standard is a national ceiling, so it is the strictest version in force along the chain (the jurisdiction, its prefecture, province and national; on a tie the most specific).")
            .Produces<IReadOnlyList<OfficeStandardResponse>>().Problems(400).StrictEnums<OfficeStandardListParameters>()
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<OfficeStandardResponse>>> Handle([AsParameters] OfficeStandardListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListOfficeStandardsQuery(p.Level, p.Jurisdiction, p.On), ct));
}

internal sealed record ListOfficeStandardsQuery(AdministrativeLevel? Level, string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<OfficeStandardResponse>>;

internal sealed class ListOfficeStandardsValidator : AbstractValidator<ListOfficeStandardsQuery>
{
    public ListOfficeStandardsValidator() =>
        RuleFor(q => q.Jurisdiction).Must(j => j is null || Jurisdictions.IsJurisdiction(j)).OverridePropertyName("jurisdiction")
            .WithErrorCode(BuildingsErrors.Jurisdiction.Code).WithMessage(_ => BuildingsErrors.Jurisdiction.Title);
}

/// <summary>Every version, or with `on` the version that applies per rank for a jurisdiction (the strictest along the chain: a ceiling).</summary>
internal sealed class ListOfficeStandardsHandler(OfficeRepository offices) : IRequestHandler<ListOfficeStandardsQuery, IReadOnlyList<OfficeStandardResponse>>
{
    public async Task<IReadOnlyList<OfficeStandardResponse>> Handle(ListOfficeStandardsQuery query, CancellationToken ct)
    {
        if (query.On is { } on)
        {
            var division = query.Jurisdiction ?? Jurisdictions.National;
            var versions = await offices.StandardsAsync(query.Level, Jurisdictions.ChainOf(division), ct);
            return versions.GroupBy(v => (v.Level, v.RankCode))
                .Select(rank => BuildingsRuleTables.OfficeStandards.Effective(rank, division, on))
                .OfType<OfficeStandardRow>()
                .OrderBy(v => v.Level).ThenByDescending(v => v.AreaCenti).ThenBy(v => v.RankCode, StringComparer.Ordinal).Select(v => v.ToResponse()).ToList();
        }
        var all = await offices.StandardsAsync(query.Level, query.Jurisdiction is null ? null : [query.Jurisdiction], ct);
        return all.Select(v => v.ToResponse()).ToList();
    }
}

/// <summary>Query parameters of GET /api/v1/buildings/office-standards.</summary>
internal sealed record OfficeStandardListParameters
{
    [FromQuery(Name = "level")] public OrganAffairs.Contracts.Organs.AdministrativeLevel? Level { get; init; }
    [FromQuery(Name = "jurisdiction")] public string? Jurisdiction { get; init; }
    [FromQuery(Name = "on")] public DateOnly? On { get; init; }
}
