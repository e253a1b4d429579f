using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Organs.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Organs.Features;

/// <summary>Dissolve organ (Organs_DissolveOrgan): the route.</summary>
internal static class DissolveOrgan
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder organs) =>
        organs.MapPost("/{id:guid}/dissolve", Handle).WithName("Organs_DissolveOrgan")
            .WithSummary("Dissolve an organ (撤销); it is kept with status Dissolved")
            .WithDescription("Organs are never deleted. Refused (409) while the organ has active subordinate organs or is already dissolved.")
            .Produces<OrganResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(OrgansModule.WriteScope);

    private static async Task<Ok<OrganResponse>> Handle(Guid id, DissolveOrganRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new DissolveOrganCommand(id, body), ct), o => o.Version);
}

internal sealed record DissolveOrganCommand(Guid Id, DissolveOrganRequest Body) : ICommand<OrganResponse>;

internal sealed class DissolveOrganValidator : AbstractValidator<DissolveOrganCommand>
{
    public DissolveOrganValidator()
    {
        RuleFor(c => c.Body.DissolvedOn).NotEmpty();
        RuleFor(c => c.Body.Reason).NotEmpty().MaximumLength(500);
    }
}

/// <summary>Organs are never deleted: dissolving keeps the record and its history.</summary>
internal sealed class DissolveOrganHandler(OrganRepository organs, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<DissolveOrganCommand, OrganResponse>
{
    public async Task<OrganResponse> Handle(DissolveOrganCommand command, CancellationToken ct)
    {
        var row = await organs.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(OrgansErrors.OrganNotFound);
        scope.EnsureSeesAll();
        if (row.Status == OrganStatus.Dissolved)
        {
            throw new ProblemException(OrgansErrors.OrganDissolved);
        }
        await organs.LockHierarchyAsync(ct);
        if (await organs.CountActiveChildrenAsync(row.Id, ct) > 0)
        {
            throw new ProblemException(OrgansErrors.HasActiveSubordinates);
        }
        var headcount = (await organs.HeadcountAsync([row.Id], ct)).Select(h => new HeadcountItem(h.RankCode, h.Approved)).ToList();
        var before = OrganMapping.Snapshot(row, headcount);
        var expected = row.Version;
        row.Status = OrganStatus.Dissolved;
        row.DissolvedOn = command.Body.DissolvedOn;
        row.DissolveReason = command.Body.Reason.Trim();
        row.Version = expected + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await organs.UpdateAsync(row, expected, ct))
        {
            // An action has no If-Match: losing a race with another change is a conflict to retry.
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        audit.Record("Organ", row.Id, row.Id, AuditTrail.Diff(before, OrganMapping.Snapshot(row, headcount)));
        return OrganMapping.ToResponse(row, OrganMapping.Rows(row.Id, headcount));
    }
}
