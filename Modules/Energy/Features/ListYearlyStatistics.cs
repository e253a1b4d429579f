using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Features;

/// <summary>An institution's statistics, every year (Energy_ListYearlyStatistics): the route.</summary>
internal static class ListYearlyStatistics
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder institutions) =>
        institutions.MapGet("/{id:guid}/statistics", Handle).WithName("Energy_ListYearlyStatistics")
            .WithSummary("An institution's statistics, every year (公共机构历年统计数据)")
            .WithDescription("Floor area (m²) and energy-using population (用能人数) per year, oldest first.")
            .Produces<IReadOnlyList<YearlyStatisticsResponse>>().Problems(404)
            .RequireScope(EnergyModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<YearlyStatisticsResponse>>> Handle(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListStatisticsQuery(id), ct));
}

internal sealed record ListStatisticsQuery(Guid InstitutionId) : IQuery<IReadOnlyList<YearlyStatisticsResponse>>;

internal sealed class ListStatisticsHandler(InstitutionRepository institutions) : IRequestHandler<ListStatisticsQuery, IReadOnlyList<YearlyStatisticsResponse>>
{
    public async Task<IReadOnlyList<YearlyStatisticsResponse>> Handle(ListStatisticsQuery query, CancellationToken ct)
    {
        var institution = await institutions.GetVisibleAsync(query.InstitutionId, ct) ?? throw new ProblemException(EnergyErrors.InstitutionNotFound);
        return (await institutions.StatisticsAsync([institution.Id], null, ct)).Select(s => s.ToResponse()).ToList();
    }
}
