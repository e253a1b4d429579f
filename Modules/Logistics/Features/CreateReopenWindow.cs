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

/// <summary>Add a version of the reopen window (Logistics_CreateReopenWindow): the route.</summary>
internal static class CreateReopenWindow
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/reopen-windows", Handle).WithName("Logistics_CreateReopenWindow")
            .WithSummary("Add a version of the reopen window; the version it supersedes ends the day before (新增重开期限版本)")
            .WithDescription("How many days after the business date of its resolution the requester may reopen a work order (the last day included). Rule edits are new versions, never overwrites. Cite the source document. Admin scope, bureau only.")
            .Produces<ReopenWindowResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<ReopenWindowResponse>> Handle(CreateReopenWindowRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateReopenWindowCommand(body), ct);
        return TypedResults.Created($"{LogisticsEndpoints.Root}/rules/reopen-windows?jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateReopenWindowCommand(CreateReopenWindowRequest Body) : ICommand<ReopenWindowResponse>;

internal sealed class CreateReopenWindowValidator : AbstractValidator<CreateReopenWindowCommand>
{
    public CreateReopenWindowValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).Source();
        RuleFor(c => c.Body.Confidence).Confidence();
        RuleFor(c => c.Body.Days).InclusiveBetween(0, 365);
    }
}

internal sealed class CreateReopenWindowHandler(RuleVersioning versioning, OrganScope scope) : IRequestHandler<CreateReopenWindowCommand, ReopenWindowResponse>
{
    public Task<ReopenWindowResponse> Handle(CreateReopenWindowCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        return versioning.AddAsync(LogisticsRuleTables.ReopenWindows, RuleKinds.ReopenWindow, RuleKinds.Single, new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom),
            RuleJson.Write(new ReopenWindowValue(b.Days)), b.Source, b.Confidence, b.DocumentId, RuleMapping.ToReopenWindow, ct);
    }
}
