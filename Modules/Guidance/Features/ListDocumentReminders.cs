using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Guidance.Domain;
using OrganAffairs.Guidance.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Guidance.Features;

/// <summary>The register's reminders (Guidance_ListDocumentReminders): the route.</summary>
internal static class ListDocumentReminders
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder documents) =>
        documents.MapGet("/reminders", Handle).WithName("Guidance_ListDocumentReminders")
            .WithSummary("What falls due in the register by a horizon: consultations ending, filings, evaluations, expiries, acknowledgements (制度提醒)")
            .WithDescription("From today up to `withinDays` ahead (0–366, default 30), overdue ones included, by due date: a consultation's last day, " +
                             "a filing not recorded (备案), an evaluation not recorded (评估, the timer rule's months before expiry), a last valid day, and " +
                             "a distribution not acknowledged. A lower-level bureau sees only the acknowledgements its jurisdiction owes.")
            .Produces<DocumentRemindersResponse>().Problems(400)
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<Ok<DocumentRemindersResponse>> Handle([FromQuery(Name = "withinDays")] int? withinDays, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListDocumentRemindersQuery(withinDays ?? 30), ct));
}

internal sealed record ListDocumentRemindersQuery(int WithinDays) : IQuery<DocumentRemindersResponse>;

internal sealed class ListDocumentRemindersValidator : AbstractValidator<ListDocumentRemindersQuery>
{
    public ListDocumentRemindersValidator() => RuleFor(q => q.WithinDays).InclusiveBetween(0, 366).OverridePropertyName("withinDays");
}

internal sealed class ListDocumentRemindersHandler(RuleDocumentRepository documents, OrganScope scope, BusinessClock clock)
    : IRequestHandler<ListDocumentRemindersQuery, DocumentRemindersResponse>
{
    public async Task<DocumentRemindersResponse> Handle(ListDocumentRemindersQuery query, CancellationToken ct)
    {
        var today = clock.Today;
        var horizon = today.AddDays(query.WithinDays);
        var items = new List<DocumentReminder>();
        if (scope.SeesAll)
        {
            foreach (var row in await documents.WithTimersAsync(today, horizon, ct))
            {
                items.AddRange(RuleDocumentTimers.Due(Enum.Parse<RuleDocumentStatus>(row.Status), row.ConsultationEndsOn, row.FilingDueOn, row.FiledOn,
                        row.EvaluationDueOn, row.EvaluatedOn, row.ExpiresOn, today, horizon)
                    .Select(d => new DocumentReminder(row.Id, row.Title, row.DocumentNumber, d.Kind, d.DueOn, d.Overdue, null)));
            }
        }
        items.AddRange((await documents.OwedAcknowledgementsAsync(horizon, ct)).Select(a => new DocumentReminder(
            a.DocumentId, a.Title, a.DocumentNumber, DocumentReminderKind.AcknowledgementDue, a.AcknowledgeBy, a.AcknowledgeBy < today, a.BureauId)));
        return new DocumentRemindersResponse(today, horizon, items.OrderBy(i => i.DueOn).ThenBy(i => i.Kind).ThenBy(i => i.DocumentId).ToList());
    }
}
