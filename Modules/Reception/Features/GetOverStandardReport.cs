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

/// <summary>Over-standard cost lines and their explanations by organ and period (Reception_GetOverStandardReport): the route.</summary>
internal static class GetOverStandardReport
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder reports) =>
        reports.MapGet("/over-standard", Handle).WithName("Reception_GetOverStandardReport")
            .WithSummary("Cost lines above their standard with their explanations (超标准说明), by organ and period")
            .WithDescription("Every cost line recorded above its standard whose date is in `from`–`to` (at most 366 days), of the organs the caller may see, ordered by organ and date: the amount, the standard, the excess, the explanation and who approved it (null while it is still an open violation). Filter: organId. `format=Csv` (or `Accept: text/csv` without a format) answers text/csv with the columns organId, receptionId, title, status, costId, category, incurredOn, amount, standard, excess, explanation, explanationApprovedBy, explanationApprovedAt.")
            .Produces<IReadOnlyList<OverStandardReportRow>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400).StrictEnums<OverStandardReportParameters>()
            .RequireScope(ReceptionModule.ReadScope);

    private static async Task<IResult> Handle([AsParameters] OverStandardReportParameters p, HttpContext http, IMediator mediator, CancellationToken ct) =>
        Csv.Answer(p.Format, http, await mediator.Send(new OverStandardReportQuery(p.From, p.To, p.OrganId), ct), [
            ("organId", r => r.OrganId), ("receptionId", r => r.ReceptionId), ("title", r => r.Title), ("status", r => r.Status), ("costId", r => r.CostId),
            ("category", r => r.Category), ("incurredOn", r => r.IncurredOn), ("amount", r => r.Amount), ("standard", r => r.Standard), ("excess", r => r.Excess),
            ("explanation", r => r.Explanation), ("explanationApprovedBy", r => r.ExplanationApprovedBy),
            ("explanationApprovedAt", r => r.ExplanationApprovedAt?.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture))]);
}

/// <summary>Query parameters of GET /api/v1/reception/reports/over-standard.</summary>
internal sealed record OverStandardReportParameters
{
    [FromQuery(Name = "from")] public DateOnly From { get; init; }
    [FromQuery(Name = "to")] public DateOnly To { get; init; }
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "format")] public ReportFormat? Format { get; init; }
}

internal sealed record OverStandardReportQuery(DateOnly From, DateOnly To, Guid? OrganId) : IQuery<IReadOnlyList<OverStandardReportRow>>;

internal sealed class OverStandardReportValidator : AbstractValidator<OverStandardReportQuery>
{
    public OverStandardReportValidator() =>
        RuleFor(q => q.To).Must((q, to) => to >= q.From && to.DayNumber - q.From.DayNumber < 366)
            .WithErrorCode(ReceptionErrors.PeriodInvalid.Code).WithMessage(_ => ReceptionErrors.PeriodInvalid.Title).OverridePropertyName("to");
}

internal sealed class OverStandardReportHandler(ReceptionRepository receptions) : IRequestHandler<OverStandardReportQuery, IReadOnlyList<OverStandardReportRow>>
{
    public async Task<IReadOnlyList<OverStandardReportRow>> Handle(OverStandardReportQuery query, CancellationToken ct) =>
        (await receptions.OverStandardAsync(query.From, query.To, query.OrganId, ct))
            .Select(r => new OverStandardReportRow(r.OrganId, r.ReceptionId, r.Title, r.Status, r.CostId, r.Category, r.IncurredOn, Yuan.FromFen(r.AmountFen),
                Yuan.FromFen(r.StandardFen ?? 0), Yuan.FromFen(r.AmountFen - (r.StandardFen ?? 0)), r.Explanation ?? "", r.ExplanationApprovedBy, r.ExplanationApprovedAt))
            .ToList();
}
