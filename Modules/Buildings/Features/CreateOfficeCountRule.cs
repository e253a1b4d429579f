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

/// <summary>Add a version of the office count rule (Buildings_CreateOfficeCountRule): the route.</summary>
internal static class CreateOfficeCountRule
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder counts) =>
        counts.MapPost("/", Handle).WithName("Buildings_CreateOfficeCountRule")
            .WithSummary("Add a version of the office count rule (B3, B5; 新增办公室数量规则版本)")
            .WithDescription("A new version, never an overwrite; offices assigned before effectiveFrom keep the counts they were assigned under. A national ceiling: a local version that raises a count above the national one in force is refused (422 rules.looser-than-ceiling). Admin scope, bureau only.")
            .Produces<OfficeCountRuleResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<OfficeCountRuleResponse>> Handle(CreateOfficeCountRuleRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateOfficeCountRuleCommand(body), ct);
        return TypedResults.Created($"{BuildingsEndpoints.Root}/office-count-rules", rule);
    }
}

internal sealed record CreateOfficeCountRuleCommand(CreateOfficeCountRuleRequest Body) : ICommand<OfficeCountRuleResponse>;

internal sealed class CreateOfficeCountRuleValidator : AbstractValidator<CreateOfficeCountRuleCommand>
{
    public CreateOfficeCountRuleValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).NotEmpty().Must(Jurisdictions.IsJurisdiction)
            .WithErrorCode(BuildingsErrors.Jurisdiction.Code).WithMessage(_ => BuildingsErrors.Jurisdiction.Title);
        RuleFor(c => c.Body.PrimaryOrganOffices).InclusiveBetween(1, 10);
        RuleFor(c => c.Body.MaxOffices).InclusiveBetween(1, 10);
        RuleFor(c => c.Body.MaxOffices).GreaterThanOrEqualTo(c => c.Body.PrimaryOrganOffices);
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).NotEmpty().MaximumLength(500);
    }
}

/// <summary>A new version of the office count rule; the version in force on its start ends the day before. Admin scope, bureau only.</summary>
internal sealed class CreateOfficeCountRuleHandler(OfficeRepository offices, OrganScope scope, AuditTrail audit, IdGenerator ids)
    : IRequestHandler<CreateOfficeCountRuleCommand, OfficeCountRuleResponse>
{
    public Task<OfficeCountRuleResponse> Handle(CreateOfficeCountRuleCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var body = command.Body;
        return BuildingsRuleTables.OfficeCounts.AddVersionAsync(offices.CountRule(), audit, new NewRuleVersion(body.Jurisdiction, body.EffectiveFrom),
            effectiveTo => new OfficeCountRuleRow
            {
                Id = ids.NewId(), Jurisdiction = body.Jurisdiction, PrimaryOrganOffices = body.PrimaryOrganOffices, MaxOffices = body.MaxOffices,
                EffectiveFrom = body.EffectiveFrom, EffectiveTo = effectiveTo, Source = body.Source.Trim(), DocumentId = body.DocumentId,
            },
            row => row.ToResponse(), ct);
    }
}
