using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Energy.Features;

/// <summary>Set an institution's statistics for a year: floor area and energy-using population (用能人数) (Energy_PutYearlyStatistics): the route.</summary>
internal static class PutYearlyStatistics
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder institutions) =>
        institutions.MapPut("/{id:guid}/statistics/{year:int}", Handle).WithName("Energy_PutYearlyStatistics")
            .WithSummary("Set an institution's statistics for a year: floor area and energy-using population (用能人数)")
            .WithDescription("The divisors of the per-m² and per-person indicators. 用能人数 is the people actually using the institution's energy that year, not the organ's approved headcount (编制). Replaces the year's values; audited.")
            .Produces<YearlyStatisticsResponse>().Problems(400, 404, 413, 415)
            .RequireScope(EnergyModule.WriteScope);

    private static async Task<Ok<YearlyStatisticsResponse>> Handle(Guid id, int year, YearlyStatisticsRequest body, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new PutStatisticsCommand(id, year, body), ct));
}

internal sealed record PutStatisticsCommand(Guid InstitutionId, int Year, YearlyStatisticsRequest Body) : ICommand<YearlyStatisticsResponse>;

internal sealed class PutStatisticsValidator : AbstractValidator<PutStatisticsCommand>
{
    public PutStatisticsValidator()
    {
        RuleFor(c => c.Year).Year().OverridePropertyName("year");
        RuleFor(c => c.Body.FloorArea).Must(a => a > 0 && a <= 100_000_000m && Scaled.IsHundredths(a))
            .WithErrorCode(EnergyErrors.AreaInvalid.Code).WithMessage(_ => EnergyErrors.AreaInvalid.Title);
        RuleFor(c => c.Body.EnergyUsingPopulation).InclusiveBetween(1, 10_000_000);
    }
}

internal sealed class PutStatisticsHandler(InstitutionRepository institutions, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<PutStatisticsCommand, YearlyStatisticsResponse>
{
    public async Task<YearlyStatisticsResponse> Handle(PutStatisticsCommand command, CancellationToken ct)
    {
        var institution = await institutions.GetVisibleAsync(command.InstitutionId, ct) ?? throw new ProblemException(EnergyErrors.InstitutionNotFound);
        var before = (await institutions.StatisticsAsync([institution.Id], command.Year, ct)).SingleOrDefault();
        var row = new StatisticsRow
        {
            InstitutionId = institution.Id, Year = command.Year, FloorAreaHundredths = Scaled.Hundredths(command.Body.FloorArea),
            Population = command.Body.EnergyUsingPopulation, UpdatedAt = clock.UtcNow,
        };
        await institutions.UpsertStatisticsAsync(row, ct);
        audit.Record("InstitutionStatistics", institution.Id, institution.OrganId, AuditTrail.Diff(before?.ToResponse(), row.ToResponse()));
        return row.ToResponse();
    }
}
