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

/// <summary>Add a version of the visit deadlines (ForeignAffairs_CreateDeadlines): the route.</summary>
internal static class CreateDeadlines
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/deadlines", Handle).WithName("ForeignAffairs_CreateDeadlines")
            .WithSummary("Add a version of the visit deadlines (公示 F9, post-trip report F6); the version it supersedes ends the day before")
            .WithDescription("Local values (no national one exists): the publication's working days, checked on submission with the version in force that day; the report's days after the return, with the version in force on the return date. The most specific version along the organ's jurisdiction applies. Cite the source. Admin scope, bureau only.")
            .Produces<VisitDeadlinesResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<VisitDeadlinesResponse>> Handle(CreateVisitDeadlinesRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateDeadlinesCommand(body), ct);
        return TypedResults.Created($"{ForeignAffairsEndpoints.Root}/rules/deadlines?jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateDeadlinesCommand(CreateVisitDeadlinesRequest Body) : ICommand<VisitDeadlinesResponse>;

internal sealed class CreateDeadlinesValidator : AbstractValidator<CreateDeadlinesCommand>
{
    public CreateDeadlinesValidator()
    {
        this.RuleVersionFields(c => c.Body.Jurisdiction, c => c.Body.EffectiveFrom, c => c.Body.Source, c => c.Body.Confidence);
        RuleFor(c => c.Body.Deadlines).Must(d => LimitsMapping.ToDomain(d).IsValid)
            .WithErrorCode(ForeignAffairsErrors.DeadlinesInvalid.Code).WithMessage(ForeignAffairsErrors.DeadlinesInvalid.Title);
    }
}

internal sealed class CreateDeadlinesHandler(RuleRepository rules, AuditTrail audit, IdGenerator ids, OrganScope scope)
    : IRequestHandler<CreateDeadlinesCommand, VisitDeadlinesResponse>
{
    public Task<VisitDeadlinesResponse> Handle(CreateDeadlinesCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        return ForeignAffairsRuleTables.Deadlines.AddAsync(rules, audit, ids, new NewForeignAffairsRule(
            RuleKinds.Deadlines, RuleKinds.VisitKey, b.Jurisdiction, b.EffectiveFrom, RuleJson.Write(LimitsMapping.ToDomain(b.Deadlines)), b.Source, b.Confidence, b.DocumentId),
            LimitsMapping.ToDeadlinesResponse, ct);
    }
}
