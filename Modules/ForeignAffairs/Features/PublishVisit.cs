using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Start the pre-trip publication of a draft visit (ForeignAffairs_PublishVisit): the route.</summary>
internal static class PublishVisit
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder visits) =>
        visits.MapPost("/{id:guid}/publish", Handle).WithName("ForeignAffairs_PublishVisit")
            .WithSummary("Record the start of a draft visit's pre-trip publication (公示, F9)")
            .WithDescription("Where the deadlines in force for the organ's jurisdiction ask for a publication of N working days, the visit can be submitted from the N-th working day after the first day of the publication (the Shared business calendar; the first day is not counted). The day is not after today (400). Only a draft (409 foreign-affairs.visit-state); publishing again moves the start.")
            .Produces<VisitResponse>().Problems(400, 404, 409)
            .RequireScope(ForeignAffairsModule.WriteScope);

    private static async Task<Ok<VisitResponse>> Handle(Guid id, PublishVisitRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new PublishVisitCommand(id, body.StartsOn), ct), v => v.Version);
}

internal sealed record PublishVisitCommand(Guid Id, DateOnly StartsOn) : ICommand<VisitResponse>;

internal sealed class PublishVisitValidator : AbstractValidator<PublishVisitCommand>
{
    public PublishVisitValidator() => RuleFor(c => c.StartsOn).NotEmpty();
}

internal sealed class PublishVisitHandler(VisitRepository visits, VisitRuleBook rules, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<PublishVisitCommand, VisitResponse>
{
    public async Task<VisitResponse> Handle(PublishVisitCommand command, CancellationToken ct)
    {
        var row = await visits.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(ForeignAffairsErrors.VisitNotFound);
        if (row.Status != VisitStatus.Draft)
        {
            throw new ProblemException(ForeignAffairsErrors.VisitState, detail: $"{row.Status}");
        }
        if (command.StartsOn > clock.Today)
        {
            throw ProblemException.ForField(ForeignAffairsErrors.PublicationDateInvalid, "startsOn");
        }
        var regions = await rules.NationalRegionsAsync(clock.Today, ct);
        var before = row.ToResponse(regions);
        var expected = row.Version;
        row.PublicationStartsOn = command.StartsOn;
        row.Version = expected + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await visits.UpdateAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        var after = row.ToResponse(regions);
        audit.Record("ForeignAffairsVisit", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
