using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Support;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Features;

/// <summary>Add a version of a recovery deadline rule (Buildings_CreateDeadlineRule): the route.</summary>
internal static class CreateDeadlineRule
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder deadlines) =>
        deadlines.MapPost("/", Handle).WithName("Buildings_CreateDeadlineRule")
            .WithSummary("Add a version of a recovery deadline rule (新增腾退期限规则版本)")
            .WithDescription("A new version, never an overwrite; cases opened for events dated before effectiveFrom keep the old deadline. Admin scope, bureau only.")
            .Produces<DeadlineRuleResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<DeadlineRuleResponse>> Handle(CreateDeadlineRuleRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateDeadlineRuleCommand(body), ct);
        return TypedResults.Created($"{BuildingsEndpoints.Root}/deadline-rules", rule);
    }
}

internal sealed record CreateDeadlineRuleCommand(CreateDeadlineRuleRequest Body) : ICommand<DeadlineRuleResponse>;

internal sealed class CreateDeadlineRuleValidator : AbstractValidator<CreateDeadlineRuleCommand>
{
    public CreateDeadlineRuleValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).NotEmpty().Must(Jurisdictions.IsJurisdiction)
            .WithErrorCode(BuildingsErrors.Jurisdiction.Code).WithMessage(_ => BuildingsErrors.Jurisdiction.Title);
        RuleFor(c => c.Body.Code).IsInEnum();
        RuleFor(c => c.Body.Months).InclusiveBetween(1, 24);
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).NotEmpty().MaximumLength(500);
    }
}

/// <summary>A new version of a deadline rule; the version in force on its start ends the day before. Admin scope, bureau only.</summary>
internal sealed class CreateDeadlineRuleHandler(RecoveryRepository recovery, OrganScope scope, AuditTrail audit, IdGenerator ids)
    : IRequestHandler<CreateDeadlineRuleCommand, DeadlineRuleResponse>
{
    public Task<DeadlineRuleResponse> Handle(CreateDeadlineRuleCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var body = command.Body;
        return BuildingsRuleTables.DeadlineRules.AddVersionAsync(recovery.Rule(body.Code), audit, new NewRuleVersion(body.Jurisdiction, body.EffectiveFrom),
            effectiveTo => new DeadlineRuleRow
            {
                Id = ids.NewId(), Jurisdiction = body.Jurisdiction, Code = body.Code.ToString(), Months = body.Months, EffectiveFrom = body.EffectiveFrom,
                EffectiveTo = effectiveTo, Source = body.Source.Trim(), DocumentId = body.DocumentId,
            },
            row => row.ToResponse(), ct);
    }
}
