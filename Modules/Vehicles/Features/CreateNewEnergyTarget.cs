using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Vehicles.Domain;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Add a new-energy target version (Vehicles_CreateNewEnergyTarget): the route.</summary>
internal static class CreateNewEnergyTarget
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/new-energy-targets", Handle).WithName("Vehicles_CreateNewEnergyTarget")
            .WithSummary("Add a version of the new-energy target (V11); the version it supersedes ends the day before (新增新能源比例目标版本)")
            .WithDescription("The minimum share (percent, 2 decimals) of new-energy vehicles among the vehicles added and renewed in a year, for a plan period (effectiveTo). Admin scope, bureau only. Cite the source with its confidence.")
            .Produces<NewEnergyTargetResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<NewEnergyTargetResponse>> Handle(CreateNewEnergyTargetRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateNewEnergyTargetCommand(body), ct);
        return TypedResults.Created($"{VehiclesEndpoints.Root}/rules/new-energy-targets?jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateNewEnergyTargetCommand(CreateNewEnergyTargetRequest Body) : ICommand<NewEnergyTargetResponse>;

internal sealed class CreateNewEnergyTargetValidator : AbstractValidator<CreateNewEnergyTargetCommand>
{
    public CreateNewEnergyTargetValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.MinSharePercent).Must(p => NewEnergyShare.ToBasisPoints(p) is not null)
            .WithErrorCode(FieldErrors.OutOfRange.Code).WithMessage(_ => FieldErrors.OutOfRange.Title);
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.EffectiveTo).Must((c, to) => to is null || to >= c.Body.EffectiveFrom)
            .WithErrorCode(FieldErrors.OutOfRange.Code).WithMessage(_ => FieldErrors.OutOfRange.Title);
        RuleFor(c => c.Body.Source).Source();
    }
}

internal sealed class CreateNewEnergyTargetHandler(RuleVersioning versioning, OrganScope scope) : IRequestHandler<CreateNewEnergyTargetCommand, NewEnergyTargetResponse>
{
    public async Task<NewEnergyTargetResponse> Handle(CreateNewEnergyTargetCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        var value = new NewEnergyTargetValue(NewEnergyShare.ToBasisPoints(b.MinSharePercent)!.Value);
        return await versioning.AddAsync(VehiclesRuleTables.NewEnergyTargets, RuleKinds.NewEnergyTarget, RuleKinds.NewEnergyTargetKey,
            new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom, b.EffectiveTo), RuleJson.Write(value), b.Source, b.DocumentId, RuleMapping.ToNewEnergyTarget, ct);
    }
}
