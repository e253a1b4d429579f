using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Domain;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Reception.Features;

/// <summary>Receptions by the most frequent sending units (Reception_GetSenderReport): the route.</summary>
internal static class GetSenderReport
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder reports) =>
        reports.MapGet("/senders", Handle).WithName("Reception_GetSenderReport")
            .WithSummary("Receptions by sending unit (来函单位): the most frequent senders with their receptions, guests and spending")
            .WithDescription("Approved, held and settled receptions whose first day is in `year`, of the organs the caller may see, per unit that sent their letters: a unit is the same when its credit code is, and is known by its name when its letters carry none. The `top` (1–100, default 10) units with the most receptions, then the most spending, then by name. Filter: organId. `format=Csv` (or `Accept: text/csv` without a format) answers text/csv with the columns rank, senderName, senderCreditCode, receptions, guests, budget, actual.")
            .Produces<IReadOnlyList<SenderReportRow>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400).StrictEnums<SenderReportParameters>()
            .RequireScope(ReceptionModule.ReadScope);

    private static async Task<IResult> Handle([AsParameters] SenderReportParameters p, HttpContext http, IMediator mediator, CancellationToken ct) =>
        Csv.Answer(p.Format, http, await mediator.Send(new SenderReportQuery(p.Year, p.OrganId, p.Top ?? 10), ct), [
            ("rank", r => r.Rank), ("senderName", r => r.SenderName), ("senderCreditCode", r => r.SenderCreditCode), ("receptions", r => r.Receptions),
            ("guests", r => r.Guests), ("budget", r => r.Budget), ("actual", r => r.Actual)]);
}

/// <summary>Query parameters of GET /api/v1/reception/reports/senders.</summary>
internal sealed record SenderReportParameters
{
    [FromQuery(Name = "year")] public int Year { get; init; }
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "top")] public int? Top { get; init; }
    [FromQuery(Name = "format")] public ReportFormat? Format { get; init; }
}

internal sealed record SenderReportQuery(int Year, Guid? OrganId, int Top) : IQuery<IReadOnlyList<SenderReportRow>>;

internal sealed class SenderReportValidator : AbstractValidator<SenderReportQuery>
{
    public SenderReportValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100).WithErrorCode(ReceptionErrors.YearInvalid.Code).WithMessage(_ => ReceptionErrors.YearInvalid.Title).OverridePropertyName("year");
        RuleFor(q => q.Top).InclusiveBetween(1, 100).OverridePropertyName("top");
    }
}

internal sealed class SenderReportHandler(ReceptionRepository receptions) : IRequestHandler<SenderReportQuery, IReadOnlyList<SenderReportRow>>
{
    public async Task<IReadOnlyList<SenderReportRow>> Handle(SenderReportQuery query, CancellationToken ct) =>
        SenderRanking.Rank(
                (await receptions.SenderSumsAsync(query.Year, query.OrganId, ct))
                    .Select(r => new SenderSum(r.SenderName, r.SenderCreditCode, r.Receptions, r.Guests, r.BudgetFen, r.ActualFen)), query.Top)
            .Select(s => new SenderReportRow(s.Rank, s.Name, s.CreditCode, (int)s.Receptions, (int)s.Guests, Yuan.FromFen(s.BudgetFen), Yuan.FromFen(s.ActualFen)))
            .ToList();
}
