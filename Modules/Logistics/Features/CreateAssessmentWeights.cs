using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>Add a version of the provider-score weights (Logistics_CreateAssessmentWeights): the route.</summary>
internal static class CreateAssessmentWeights
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/assessment-weights", Handle).WithName("Logistics_CreateAssessmentWeights")
            .WithSummary("Add a version of the weights of the providers' monthly score; the version it supersedes ends the day before (新增服务商考核权重版本)")
            .WithDescription("How the provider assessment combines SLA attainment and satisfaction into one score: two whole percentages summing to 100 (400 field.out-of-range otherwise). No regulation sets them; the national version seeded is this system's default (marked U) for the bureau to confirm or replace. Rule edits are new versions, never overwrites. Cite the source document. Admin scope, bureau only.")
            .Produces<AssessmentWeightsResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<AssessmentWeightsResponse>> Handle(CreateAssessmentWeightsRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateAssessmentWeightsCommand(body), ct);
        return TypedResults.Created($"{LogisticsEndpoints.Root}/rules/assessment-weights?jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateAssessmentWeightsCommand(CreateAssessmentWeightsRequest Body) : ICommand<AssessmentWeightsResponse>;

internal sealed class CreateAssessmentWeightsValidator : AbstractValidator<CreateAssessmentWeightsCommand>
{
    public CreateAssessmentWeightsValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).Source();
        RuleFor(c => c.Body.Confidence).Confidence();
        RuleFor(c => c.Body.SlaWeightPercent).InclusiveBetween(0, 100);
        RuleFor(c => c.Body.SatisfactionWeightPercent).InclusiveBetween(0, 100)
            .Must((c, w) => c.Body.SlaWeightPercent + w == 100).WithErrorCode(Shared.Errors.FieldErrors.OutOfRange.Code).WithMessage("The two weights sum to 100.");
    }
}

internal sealed class CreateAssessmentWeightsHandler(RuleVersioning versioning, OrganScope scope) : IRequestHandler<CreateAssessmentWeightsCommand, AssessmentWeightsResponse>
{
    public Task<AssessmentWeightsResponse> Handle(CreateAssessmentWeightsCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        return versioning.AddAsync(LogisticsRuleTables.AssessmentWeights, RuleKinds.AssessmentWeights, RuleKinds.Single, new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom),
            RuleJson.Write(new AssessmentWeightsValue(b.SlaWeightPercent, b.SatisfactionWeightPercent)), b.Source, b.Confidence, b.DocumentId, RuleMapping.ToAssessmentWeights, ct);
    }
}
