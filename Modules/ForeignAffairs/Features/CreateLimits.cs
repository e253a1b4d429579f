using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Add a version of the outbound limits (ForeignAffairs_CreateLimits): the route.</summary>
internal static class CreateLimits
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/limits", Handle).WithName("ForeignAffairs_CreateLimits")
            .WithSummary("Add a version of the outbound limits; the version it supersedes ends the day before (新增出访限制规则版本)")
            .WithDescription("Rule edits are new versions: an approved visit keeps the version in force on its approval date. The size, day, country and extra-day limits, the leadership-team limit (F12) and the yearly trips per person (F11) are ceilings: a local version may only lower them (422 rules.looser-than-ceiling); a local version that omits one of the last two keeps the strictest value above it. Cite the source. Admin scope, bureau only.")
            .Produces<OutboundLimitsResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<OutboundLimitsResponse>> Handle(CreateOutboundLimitsRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateLimitsCommand(body), ct);
        return TypedResults.Created($"{ForeignAffairsEndpoints.Root}/rules/limits?jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateLimitsCommand(CreateOutboundLimitsRequest Body) : ICommand<OutboundLimitsResponse>;

internal sealed class CreateLimitsValidator : AbstractValidator<CreateLimitsCommand>
{
    public CreateLimitsValidator()
    {
        this.RuleVersionFields(c => c.Body.Jurisdiction, c => c.Body.EffectiveFrom, c => c.Body.Source, c => c.Body.Confidence);
        RuleFor(c => c.Body.Limits).Must(l => LimitsMapping.ToDomain(l).IsValid)
            .WithErrorCode(ForeignAffairsErrors.LimitsInvalid.Code).WithMessage(ForeignAffairsErrors.LimitsInvalid.Title);
    }
}

internal sealed class CreateLimitsHandler(RuleRepository rules, AuditTrail audit, IdGenerator ids, OrganScope scope)
    : IRequestHandler<CreateLimitsCommand, OutboundLimitsResponse>
{
    public async Task<OutboundLimitsResponse> Handle(CreateLimitsCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        var limits = await WithInheritedAsync(LimitsMapping.ToDomain(b.Limits), b.Jurisdiction, b.EffectiveFrom, ct);
        return await ForeignAffairsRuleTables.Limits.AddAsync(rules, audit, ids, new NewForeignAffairsRule(
            RuleKinds.Limits, RuleKinds.GeneralKey, b.Jurisdiction, b.EffectiveFrom, RuleJson.Write(limits), b.Source, b.Confidence, b.DocumentId),
            LimitsMapping.ToResponse, ct);
    }

    /// <summary>
    /// A local version that omits the leadership-team (F12) or yearly-trips (F11) limit keeps the strictest one above it in force on its
    /// first day (clients written before these limits existed keep working; an explicit looser value is still 422).
    /// </summary>
    private async Task<OutboundLimits> WithInheritedAsync(OutboundLimits limits, string jurisdiction, DateOnly from, CancellationToken ct)
    {
        if ((limits.MaxLeadershipMembers is not null && limits.MaxTripsPerPersonYear is not null) || Ceilings.Above(jurisdiction) is not { Count: > 0 } above)
        {
            return limits;
        }
        var inForce = (await rules.VersionsAsync(RuleKinds.Limits, above, ct)).Where(r => r.RuleKey == RuleKinds.GeneralKey && r.InForce(from))
            .Select(ForeignAffairsRuleTables.Read).ToList();
        return limits with
        {
            MaxLeadershipMembers = limits.MaxLeadershipMembers ?? (int?)Ceilings.Strictest(inForce.Select(l => (long?)l.MaxLeadershipMembers)),
            MaxTripsPerPersonYear = limits.MaxTripsPerPersonYear ?? (int?)Ceilings.Strictest(inForce.Select(l => (long?)l.MaxTripsPerPersonYear)),
        };
    }
}
