using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Update an outbound visit (ForeignAffairs_UpdateVisit): the route.</summary>
internal static class UpdateVisit
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder visits) =>
        visits.MapPut("/{id:guid}", Handle).WithName("ForeignAffairs_UpdateVisit")
            .WithSummary("Change a visit's fields (If-Match required; 修改出访申请)")
            .WithDescription("A draft stays a draft and a rejected visit becomes a draft again. A submitted visit is checked again. An approved visit whose dates, itinerary or members change goes back for approval (Submitted, approval cleared, checked again); other changes keep the approval. A visit that has departed cannot change (409 foreign-affairs.visit-state).")
            .Produces<VisitResponse>().UpdateProblems(422).RuleBreaches()
            .RequireScope(ForeignAffairsModule.WriteScope);

    private static async Task<Ok<VisitResponse>> Handle(Guid id, VisitFields body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateVisitCommand(id, ETags.RequireIfMatch(http), body), ct), v => v.Version);
}

internal sealed record UpdateVisitCommand(Guid Id, IfMatch IfMatch, VisitFields Body) : ICommand<VisitResponse>;

internal sealed class UpdateVisitValidator : AbstractValidator<UpdateVisitCommand>
{
    public UpdateVisitValidator() => RuleFor(c => c.Body).SetValidator(new VisitFieldsValidator());
}

internal sealed class UpdateVisitHandler(VisitRepository visits, MemberRepository members, IdGenerator ids, VisitRuleBook rules, PlanBook plans, IMediator mediator, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<UpdateVisitCommand, VisitResponse>
{
    public async Task<VisitResponse> Handle(UpdateVisitCommand command, CancellationToken ct)
    {
        var row = await visits.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(ForeignAffairsErrors.VisitNotFound);
        var expectedVersion = command.IfMatch.Against(row.Version);
        if (row.Status is not (VisitStatus.Draft or VisitStatus.Rejected or VisitStatus.Submitted or VisitStatus.Approved))
        {
            throw new ProblemException(ForeignAffairsErrors.VisitState, detail: $"{row.Status}");
        }
        var staff = await VisitReferences.EnsureMembersAsync(mediator, command.Body, "", ct);
        var regions = await rules.NationalRegionsAsync(clock.Today, ct);
        var before = row.ToResponse(regions);
        var old = (row.DepartsOn, row.ReturnsOn, row.Itinerary, row.Members);
        row.Apply(command.Body);
        var tripChanged = old != (row.DepartsOn, row.ReturnsOn, row.Itinerary, row.Members);
        switch (row.Status)
        {
            case VisitStatus.Rejected:
                row.Status = VisitStatus.Draft;
                row.Reason = null;
                break;
            case VisitStatus.Submitted:
                await CheckAsync(row, staff, ct);
                break;
            case VisitStatus.Approved when tripChanged:
                // A change of dates, itinerary or members after approval goes back for approval.
                await CheckAsync(row, staff, ct);
                row.Status = VisitStatus.Submitted;
                row.ApprovalNumber = null;
                row.ApprovedOn = null;
                row.RuleVersionId = null;
                await plans.ReleaseAsync(row.OrganId, before.Visit.DepartsOn.Year, before.Visit.Members.Count, ct);
                break;
        }
        row.Version = expectedVersion + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await visits.UpdateAsync(row, expectedVersion, ct))
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        if (old.Members != row.Members)
        {
            await members.ReplaceAsync(row.Id, VisitReferences.MemberRows(row.Id, command.Body, staff, ids.NewId), ct);
        }
        var after = row.ToResponse(regions);
        audit.Record("ForeignAffairsVisit", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        return after;
    }

    /// <summary>The checks of a submitted visit with today's rules, the members' organs as the staff records say today.</summary>
    private async Task CheckAsync(VisitRow row, IReadOnlyDictionary<Guid, StaffMemberSummary> staff, CancellationToken ct)
    {
        var organs = staff.ToDictionary(s => s.Key, s => (Guid?)s.Value.OrganId);
        var (_, limits) = await AdvanceVisitHandler.CheckAsync(rules, mediator, row, organs, clock.Today, ct);
        await rules.EnsureWithinYearlyTripsAsync(row.Id, row.Fields(), limits, lockPersons: false, ct);
    }
}
