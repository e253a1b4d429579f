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
            .WithDescription("Rule edits are new versions: an approved visit keeps the version in force on its approval date. The size, day, country and extra-day limits are national ceilings: a local version may only lower them (422 rules.looser-than-ceiling). Cite the source. Admin scope, bureau only.")
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
    public Task<OutboundLimitsResponse> Handle(CreateLimitsCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        return ForeignAffairsRuleTables.Limits.AddAsync(rules, audit, ids, new NewForeignAffairsRule(
            RuleKinds.Limits, RuleKinds.GeneralKey, b.Jurisdiction, b.EffectiveFrom, RuleJson.Write(LimitsMapping.ToDomain(b.Limits)), b.Source, b.Confidence),
            LimitsMapping.ToResponse, ct);
    }
}
