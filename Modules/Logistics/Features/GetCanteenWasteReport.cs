using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>Canteen waste per canteen over a period (Logistics_GetCanteenWasteReport): the route.</summary>
internal static class GetCanteenWasteReport
{
    private static readonly IReadOnlyList<(string Header, Func<CanteenWasteReportRow, object?> Value)> Columns =
    [
        ("canteen", r => r.Canteen), ("days", r => r.Days), ("wasteKg", r => r.WasteKg), ("mealsServed", r => r.MealsServed), ("gramsPerMeal", r => r.GramsPerMeal),
    ];

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder canteens) =>
        canteens.MapGet("/report", Handle).WithName("Logistics_GetCanteenWasteReport")
            .WithSummary("Canteen food waste per canteen over a period, as JSON or CSV (餐厨浪费统计)")
            .WithDescription("Per canteen, the days recorded between `from` and `to` (business dates, both inclusive, at most 366 days; optional `canteen`): days, kilograms wasted, meals served and grams per meal (one decimal). `format=Csv` (or Accept: text/csv) answers text/csv with the columns canteen,days,wasteKg,mealsServed,gramsPerMeal. Bureau only.")
            .Produces<IReadOnlyList<CanteenWasteReportRow>>(StatusCodes.Status200OK, "application/json", "text/csv").Problems(400, 403).StrictEnums<AssessmentParameters>()
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<IResult> Handle([AsParameters] AssessmentParameters p, [FromQuery(Name = "canteen")] string? canteen, IMediator mediator, HttpContext http, CancellationToken ct) =>
        Csv.Answer(p.Format, http, await mediator.Send(new GetCanteenWasteReportQuery(p.From ?? default, p.To ?? default, canteen), ct), Columns);
}

internal sealed record GetCanteenWasteReportQuery(DateOnly From, DateOnly To, string? Canteen) : IQuery<IReadOnlyList<CanteenWasteReportRow>>;

internal sealed class GetCanteenWasteReportValidator : AbstractValidator<GetCanteenWasteReportQuery>
{
    public GetCanteenWasteReportValidator()
    {
        RuleFor(q => q.From).NotEmpty().OverridePropertyName("from");
        RuleFor(q => q.To).NotEmpty().GreaterThanOrEqualTo(q => q.From).Must((q, to) => to.DayNumber - q.From.DayNumber <= 365).WithMessage("At most 366 days.")
            .OverridePropertyName("to");
        RuleFor(q => q.Canteen).MaximumLength(60).OverridePropertyName("canteen");
    }
}

internal sealed class GetCanteenWasteReportHandler(CanteenRepository canteens, OrganScope scope) : IRequestHandler<GetCanteenWasteReportQuery, IReadOnlyList<CanteenWasteReportRow>>
{
    public async Task<IReadOnlyList<CanteenWasteReportRow>> Handle(GetCanteenWasteReportQuery query, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var days = await canteens.DaysAsync(query.From, query.To, string.IsNullOrWhiteSpace(query.Canteen) ? null : query.Canteen.Trim(), ct);
        return days.GroupBy(d => d.Canteen).Select(g =>
        {
            var grams = g.Sum(d => d.WasteGrams);
            var meals = g.Sum(d => (long)d.MealsServed);
            return new CanteenWasteReportRow(g.Key, g.Count(), CanteenMapping.Kg(grams), meals, CanteenMapping.GramsPerMeal(grams, meals));
        }).ToList();
    }
}
