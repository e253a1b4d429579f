using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Features;

/// <summary>Add a settings version; the version it supersedes ends the day before (admin, bureau only) (Energy_CreateSettings): the route.</summary>
internal static class CreateSettings
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapPost("/settings", Handle).WithName("Energy_CreateSettings")
            .WithSummary("Add a settings version; the version it supersedes ends the day before (admin, bureau only; 新增能源模块设置版本)")
            .WithDescription("A city may set its own due date or thresholds on its division code. Cite the source.")
            .Produces<EnergySettingsResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<EnergySettingsResponse>> Handle(CreateEnergySettingsRequest body, IMediator mediator, CancellationToken ct)
    {
        var rule = await mediator.Send(new CreateSettingsCommand(body), ct);
        return TypedResults.Created($"{EnergyEndpoints.Root}/rules/settings?jurisdiction={rule.Jurisdiction}", rule);
    }
}

internal sealed record CreateSettingsCommand(CreateEnergySettingsRequest Body) : ICommand<EnergySettingsResponse>;

internal sealed class CreateSettingsValidator : AbstractValidator<CreateSettingsCommand>
{
    public CreateSettingsValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body).Must(RuleChecks.IsValidSettings)
            .WithErrorCode(EnergyErrors.SettingsInvalid.Code).WithMessage(_ => EnergyErrors.SettingsInvalid.Title).OverridePropertyName("body");
        RuleFor(c => c.Body.Source).Source();
    }
}

internal sealed class CreateSettingsHandler(RuleVersioning versioning) : IRequestHandler<CreateSettingsCommand, EnergySettingsResponse>
{
    public async Task<EnergySettingsResponse> Handle(CreateSettingsCommand command, CancellationToken ct)
    {
        var b = command.Body;
        return await versioning.AddAsync(EnergyRuleTables.Settings, RuleKinds.Settings, RuleKinds.SettingsKey, new NewRuleVersion(b.Jurisdiction, b.EffectiveFrom),
            RuleJson.Write(new SettingsValue(b.ReportDueMonth, b.ReportDueDay, b.AnomalyThresholdPercent, b.SilentMeterDays)), b.Source, Confidence.High, b.DocumentId,
            EnergyMapping.ToSettings, ct);
    }
}
