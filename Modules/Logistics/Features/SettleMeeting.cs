using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>Record a meeting's settled cost (Logistics_SettleMeeting): the route.</summary>
internal static class SettleMeeting
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder meetings) =>
        meetings.MapPost("/{id:guid}/settle", Handle).WithName("Logistics_SettleMeeting")
            .WithSummary("Record a meeting's settled cost (会议费结算)")
            .WithDescription("Records the settled all-in cost in CNY on a registered meeting; a second settlement corrects the first (audited old → new). The cost may be above the budget but never above the budget cap kept at registration (attendees × days × the class's daily cap per person: 422 logistics.meeting-over-budget-cap, naming the figures). A cancelled meeting is 409 logistics.meeting-state. The Costs module reads the settled cost (the budget while none is settled) as the meeting's 会议费. If-Match required.")
            .Produces<MeetingResponse>().UpdateProblems(422)
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Ok<MeetingResponse>> Handle(Guid id, SettleMeetingRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new SettleMeetingCommand(id, ETags.RequireIfMatch(http), body.Cost), ct), m => m.Version);
}

internal sealed record SettleMeetingCommand(Guid Id, IfMatch IfMatch, decimal Cost) : ICommand<MeetingResponse>;

internal sealed class SettleMeetingValidator : AbstractValidator<SettleMeetingCommand>
{
    public SettleMeetingValidator() => RuleFor(c => c.Cost).Must(Yuan.IsValid).WithErrorCode(FieldErrors.OutOfRange.Code).OverridePropertyName("cost");
}

internal sealed class SettleMeetingHandler(MeetingRepository meetings, AuditTrail audit, BusinessClock clock) : IRequestHandler<SettleMeetingCommand, MeetingResponse>
{
    public async Task<MeetingResponse> Handle(SettleMeetingCommand command, CancellationToken ct)
    {
        var row = await meetings.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(LogisticsErrors.MeetingNotFound);
        var expected = command.IfMatch.Against(row.Version);
        if (row.Status != MeetingStatus.Registered)
        {
            throw new ProblemException(LogisticsErrors.MeetingState, detail: $"{row.Status}: settle");
        }
        var costFen = Yuan.ToFen(command.Cost);
        var capFen = MeetingClassRules.BudgetCapFen(new MeetingClassValue(row.DailyCapFen, row.MaxAttendees), row.Attendees, row.Days);
        if (costFen > capFen)
        {
            throw new ProblemException(LogisticsErrors.MeetingOverBudgetCap,
                detail: $"{Yuan.FromFen(costFen):0.00} > {row.Attendees} × {row.Days} × {Yuan.FromFen(row.DailyCapFen):0.00} = {Yuan.FromFen(capFen):0.00}; rule version {row.RuleVersionId}");
        }
        var before = row.ToResponse();
        row.SettledCostFen = costFen;
        row.Version = expected + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await meetings.UpdateStatusAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        var after = row.ToResponse();
        audit.Record("Meeting", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
