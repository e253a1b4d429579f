using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>Record a canteen's food waste of a day (Logistics_RecordCanteenWaste): the route.</summary>
internal static class RecordCanteenWaste
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder canteens) =>
        canteens.MapPost("/", Handle).WithName("Logistics_RecordCanteenWaste")
            .WithSummary("Record a canteen's food waste of a day: kilograms and meals served (餐厨浪费登记)")
            .WithDescription("One record per canteen and business day (409 logistics.canteen-day-recorded); the day not in the future (400). The bureau evaluates canteen food waste (反食品浪费法); catering for meetings already follows the attendee count (service orders never above the attendees). Bureau only. Accepts Idempotency-Key.")
            .Produces<CanteenWasteResponse>(StatusCodes.Status201Created).CreateProblems(403, 409)
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Created<CanteenWasteResponse>> Handle(RecordCanteenWasteRequest body, IMediator mediator, CancellationToken ct)
    {
        var day = await mediator.Send(new RecordCanteenWasteCommand(body), ct);
        return TypedResults.Created($"{LogisticsEndpoints.Root}/canteen-waste/report?from={day.Day:yyyy-MM-dd}&to={day.Day:yyyy-MM-dd}", day);
    }
}

internal sealed record RecordCanteenWasteCommand(RecordCanteenWasteRequest Body) : ICommand<CanteenWasteResponse>;

internal sealed class RecordCanteenWasteValidator : AbstractValidator<RecordCanteenWasteCommand>
{
    public RecordCanteenWasteValidator(BusinessClock clock)
    {
        RuleFor(c => c.Body.Canteen).NotEmpty().MaximumLength(60);
        RuleFor(c => c.Body.Day).NotEmpty().LessThanOrEqualTo(_ => clock.Today).WithErrorCode(FieldErrors.OutOfRange.Code);
        RuleFor(c => c.Body.WasteKg).Must(kg => kg >= 0 && kg <= 100_000 && decimal.Round(kg, 3) == kg).WithErrorCode(FieldErrors.OutOfRange.Code);
        RuleFor(c => c.Body.MealsServed).InclusiveBetween(0, 100_000);
        RuleFor(c => c.Body.Note).MaximumLength(500);
    }
}

internal sealed class RecordCanteenWasteHandler(CanteenRepository canteens, OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<RecordCanteenWasteCommand, CanteenWasteResponse>
{
    public async Task<CanteenWasteResponse> Handle(RecordCanteenWasteCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        var row = new CanteenWasteRow
        {
            Id = ids.NewId(), Canteen = b.Canteen.Trim(), Day = b.Day, WasteGrams = (long)(b.WasteKg * 1000m), MealsServed = b.MealsServed,
            Note = string.IsNullOrWhiteSpace(b.Note) ? null : b.Note.Trim(), CreatedAt = clock.UtcNow,
        };
        if (!await canteens.InsertIfAbsentAsync(row, ct))
        {
            throw new ProblemException(LogisticsErrors.CanteenDayRecorded, detail: $"{row.Canteen} {row.Day:yyyy-MM-dd}");
        }
        var response = row.ToResponse();
        audit.Record("LogisticsCanteenWaste", row.Id, null, AuditTrail.Diff(null, response));
        return response;
    }
}
