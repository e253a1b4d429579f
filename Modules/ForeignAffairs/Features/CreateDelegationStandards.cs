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

/// <summary>Add a version of the standards of receiving foreign guests (ForeignAffairs_CreateDelegationStandards): the route.</summary>
internal static class CreateDelegationStandards
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/incoming", Handle).WithName("ForeignAffairs_CreateDelegationStandards")
            .WithSummary("Add a version of the standards of receiving foreign guests (外宾接待标准, FI1); the version it supersedes ends the day before")
            .WithDescription("Banquets per stay and per head by the host's grade, buffet, cocktail and tea party per head, daily meals per guest and day by the highest guest's grade, gifts per guest and accompanying hosts per 10 guests (null: no limit). Provinces set their own tables: no direction, the most specific version in force on the payment date applies. Cite the source. Admin scope, bureau only.")
            .Produces<DelegationStandardsResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<DelegationStandardsResponse>> Handle(CreateDelegationStandardsRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateDelegationStandardsCommand(body), ct);
        return TypedResults.Created($"{ForeignAffairsEndpoints.Root}/rules/incoming?jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateDelegationStandardsCommand(CreateDelegationStandardsRequest Body) : ICommand<DelegationStandardsResponse>;

internal sealed class CreateDelegationStandardsValidator : AbstractValidator<CreateDelegationStandardsCommand>
{
    public CreateDelegationStandardsValidator()
    {
        this.RuleVersionFields(c => c.Body.Jurisdiction, c => c.Body.EffectiveFrom, c => c.Body.Source, c => c.Body.Confidence);
        RuleFor(c => c.Body.Standards).NotNull();
        RuleFor(c => c.Body.Standards).Must(DelegationMapping.IsValid).When(c => c.Body.Standards is not null)
            .WithErrorCode(ForeignAffairsErrors.StandardsInvalid.Code).WithMessage(ForeignAffairsErrors.StandardsInvalid.Title);
    }
}

internal sealed class CreateDelegationStandardsHandler(RuleRepository rules, AuditTrail audit, IdGenerator ids, OrganScope scope)
    : IRequestHandler<CreateDelegationStandardsCommand, DelegationStandardsResponse>
{
    public Task<DelegationStandardsResponse> Handle(CreateDelegationStandardsCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        return ForeignAffairsRuleTables.Incoming.AddAsync(rules, audit, ids, new NewForeignAffairsRule(
            RuleKinds.Incoming, RuleKinds.StandardsKey, b.Jurisdiction, b.EffectiveFrom, RuleJson.Write(DelegationMapping.ToDomain(b.Standards)), b.Source, b.Confidence, b.DocumentId),
            DelegationMapping.ToStandardsResponse, ct);
    }
}
