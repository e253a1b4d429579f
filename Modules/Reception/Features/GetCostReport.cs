using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Reception.Features;

/// <summary>Receptions and their cost by organ for a year (Reception_GetCostReport): the route.</summary>
internal static class GetCostReport
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder reports) =>
        reports.MapGet("/costs", Handle).WithName("Reception_GetCostReport")
            .WithSummary("Receptions, guests, budgets and spending by organ for a year (接待费用统计)")
            .WithDescription("Approved, held and settled receptions whose first day is in `year`, per organ the caller may see. Filter: organId. `format=Csv` (or `Accept: text/csv` without a format) answers text/csv.")
            .Produces<IReadOnlyList<ReceptionCostReportRow>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400).StrictEnums<CostReportParameters>()
            .RequireScope(ReceptionModule.ReadScope);

    private static async Task<IResult> Handle([AsParameters] CostReportParameters p, HttpContext http, IMediator mediator, CancellationToken ct) =>
        Csv.Answer(p.Format, http, await mediator.Send(new CostReportQuery(p.Year, p.OrganId), ct), [
            ("organId", r => r.OrganId), ("year", r => r.Year), ("receptions", r => r.Receptions), ("guests", r => r.Guests), ("budget", r => r.Budget),
            ("actual", r => r.Actual), ("guestFees", r => r.GuestFees)]);
}

/// <summary>Query parameters of GET /api/v1/reception/reports/costs.</summary>
internal sealed record CostReportParameters
{
    [FromQuery(Name = "year")] public int Year { get; init; }
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "format")] public ReportFormat? Format { get; init; }
}

internal sealed record CostReportQuery(int Year, Guid? OrganId) : IQuery<IReadOnlyList<ReceptionCostReportRow>>;

internal sealed class CostReportValidator : AbstractValidator<CostReportQuery>
{
    public CostReportValidator() =>
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100).WithErrorCode(ReceptionErrors.YearInvalid.Code).WithMessage(_ => ReceptionErrors.YearInvalid.Title).OverridePropertyName("year");
}

internal sealed class CostReportHandler(ReceptionRepository receptions) : IRequestHandler<CostReportQuery, IReadOnlyList<ReceptionCostReportRow>>
{
    public async Task<IReadOnlyList<ReceptionCostReportRow>> Handle(CostReportQuery query, CancellationToken ct) =>
        (await receptions.SumsAsync(query.Year, query.OrganId, ct))
            .Select(r => new ReceptionCostReportRow(r.OrganId, query.Year, (int)r.Receptions, (int)r.Guests, Yuan.FromFen(r.BudgetFen), Yuan.FromFen(r.ActualFen),
                Yuan.FromFen(r.GuestFeesFen)))
            .ToList();
}
