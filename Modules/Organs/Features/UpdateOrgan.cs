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
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Organs.Features;

/// <summary>Update organ (Organs_UpdateOrgan): the route.</summary>
internal static class UpdateOrgan
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder organs) =>
        organs.MapPut("/{id:guid}", Handle).WithName("Organs_UpdateOrgan")
            .WithSummary("Update an organ's settable fields (If-Match required; 修改机关信息)")
            .WithDescription("Replaces name, short name, division code, level, type, parent and headcount; isBureau, when given, flags or unflags the organ as its division code's organ-affairs bureau (the top bureau's work: 403 for others; a second active bureau of one code is 409). The credit code, status and ids are not settable. A parent that would close a cycle is 409; a dissolved organ cannot change (409). A lower-level bureau's principal keeps the organ inside its jurisdiction (400 organs.division-outside-jurisdiction).")
            .Produces<OrganResponse>().UpdateProblems()
            .RequireScope(OrgansModule.WriteScope);

    private static async Task<Ok<OrganResponse>> Handle(Guid id, UpdateOrganRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateOrganCommand(id, ETags.RequireIfMatch(http), body), ct), o => o.Version);
}

internal sealed record UpdateOrganCommand(Guid Id, IfMatch IfMatch, UpdateOrganRequest Body) : ICommand<OrganResponse>;

internal sealed class UpdateOrganValidator : AbstractValidator<UpdateOrganCommand>
{
    public UpdateOrganValidator()
    {
        RuleFor(c => c.Body.Name).OrganName();
        RuleFor(c => c.Body.ShortName).OrganShortName();
        RuleFor(c => c.Body.DivisionCode).DivisionCode();
        RuleFor(c => c.Body.Level).IsInEnum();
        RuleFor(c => c.Body.Type).IsInEnum();
        this.Headcount(c => c.Body.Headcount);
    }
}

internal sealed class UpdateOrganHandler(
    OrganRepository organs, RankRepository ranks, OrganDirectory directory, BureauOrgan top, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<UpdateOrganCommand, OrganResponse>
{
    public async Task<OrganResponse> Handle(UpdateOrganCommand command, CancellationToken ct)
    {
        var body = command.Body;
        var row = await organs.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(OrgansErrors.OrganNotFound);
        var expectedVersion = command.IfMatch.Against(row.Version);
        if (row.Status == OrganStatus.Dissolved)
        {
            throw new ProblemException(OrgansErrors.OrganDissolved);
        }
        if (body.ParentId != row.ParentId)
        {
            await OrganRules.EnsureParentAsync(organs, body.ParentId, ct);
            await EnsureNoCycleAsync(row.Id, body.ParentId, ct);
        }
        await OrganRules.EnsureRanksExistAsync(ranks, clock, body.Level, body.DivisionCode, body.Headcount, ct);
        OrganRules.EnsureInJurisdiction(scope, body.DivisionCode);
        var isBureau = body.IsBureau ?? row.IsBureau;
        if (isBureau != row.IsBureau)
        {
            scope.EnsureSeesAll();
        }
        if (isBureau && (!row.IsBureau || body.DivisionCode != row.DivisionCode))
        {
            await OrganRules.EnsureSoleBureauAsync(organs, directory, top, row.Id, body.DivisionCode, ct);
        }

        var oldHeadcount = (await organs.HeadcountAsync([row.Id], ct)).Select(h => new HeadcountItem(h.RankCode, h.Approved)).ToList();
        var before = OrganMapping.Snapshot(row, oldHeadcount);
        row.Name = body.Name.Trim();
        row.ShortName = body.ShortName?.Trim();
        row.DivisionCode = body.DivisionCode;
        row.Level = body.Level;
        row.OrganType = body.Type;
        row.ParentId = body.ParentId;
        row.IsBureau = isBureau;
        row.Version = expectedVersion + 1;
        row.UpdatedAt = clock.UtcNow;
        var headcount = body.Headcount ?? [];
        if (!await organs.UpdateAsync(row, expectedVersion, ct))
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        await organs.ReplaceHeadcountAsync(row.Id, headcount, ct);
        audit.Record("Organ", row.Id, row.Id, AuditTrail.Diff(before, OrganMapping.Snapshot(row, headcount)));
        return OrganMapping.ToResponse(row, OrganMapping.Rows(row.Id, headcount));
    }

    /// <summary>Walks up from the new parent; meeting the organ itself means the change would close a loop.</summary>
    private async Task EnsureNoCycleAsync(Guid organId, Guid? newParentId, CancellationToken ct)
    {
        var seen = new HashSet<Guid>();
        for (var current = newParentId; current is { } id; current = await organs.ParentOfAsync(id, ct))
        {
            if (id == organId || !seen.Add(id))
            {
                throw new ProblemException(OrgansErrors.HierarchyCycle);
            }
        }
    }
}
