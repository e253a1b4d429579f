using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Features;

/// <summary>
/// A rule edit is a new version, never an overwrite: the versions in force on its start (same kind, key
/// and jurisdiction) end the day before; a later version already scheduled bounds it from above.
/// </summary>
internal sealed class RuleVersioning(RuleRepository rules, OrganScope scope, AuditTrail audit, IdGenerator ids)
{
    public async Task<RuleRow> AddAsync(string kind, string key, string jurisdiction, DateOnly from, DateOnly? to, string value, string source, Confidence confidence, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var versions = (await rules.VersionsAsync([kind], ct)).Where(r => r.RuleKey == key && r.Jurisdiction == jurisdiction).ToList();
        var plan = RuleVersionPlan<RuleRow>.For(versions, from);
        await plan.SupersedeAsync(EnergyErrors.RuleVersionExists, audit, "EnergyRule", v => v.Id, rules.SetEffectiveToAsync, ct);
        var effectiveTo = (to, plan.EffectiveTo) switch
        {
            ({ } a, { } b) => a < b ? a : b,
            ({ } a, null) => a,
            (null, var b) => b,
        };
        var row = new RuleRow
        {
            Id = ids.NewId(), Kind = kind, RuleKey = key, Jurisdiction = jurisdiction, EffectiveFrom = from, EffectiveTo = effectiveTo,
            Value = value, Source = source.Trim(), Confidence = confidence,
        };
        try
        {
            await rules.InsertAsync(row, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(EnergyErrors.RuleVersionExists);
        }
        audit.Record("EnergyRule", row.Id, null, AuditTrail.Diff(null, row));
        return row;
    }

    /// <summary>Every version of a kind, or with a date the most specific version per key in force for the jurisdiction.</summary>
    public async Task<IReadOnlyList<RuleRow>> ListAsync(string kind, string? jurisdiction, DateOnly? on, CancellationToken ct)
    {
        var versions = await rules.VersionsAsync([kind], ct);
        if (on is { } date)
        {
            return RuleResolver.ResolveEach(versions, v => v.RuleKey, jurisdiction, date).OrderBy(v => v.RuleKey, StringComparer.Ordinal).ToList();
        }
        return jurisdiction is null ? versions : versions.Where(v => v.Jurisdiction == jurisdiction).ToList();
    }
}

internal static class RuleValidation
{
    public static IRuleBuilderOptions<T, string> Jurisdiction<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(Jurisdictions.IsJurisdiction).WithErrorCode(EnergyErrors.Jurisdiction.Code).WithMessage(_ => EnergyErrors.Jurisdiction.Title);

    public static IRuleBuilderOptions<T, string?> OptionalJurisdiction<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(j => j is null || Jurisdictions.IsJurisdiction(j)).WithErrorCode(EnergyErrors.Jurisdiction.Code).WithMessage(_ => EnergyErrors.Jurisdiction.Title);

    public static IRuleBuilderOptions<T, string> Source<T>(this IRuleBuilder<T, string> rule) => rule.NotEmpty().MaximumLength(500);
}

/// <summary>The three coefficient tables share one shape: standard coal, CO₂ and density.</summary>
internal enum CoefficientTable
{
    StandardCoal = 1,
    Co2 = 2,
    Density = 3,
}

internal static class CoefficientTables
{
    public static string Kind(this CoefficientTable table) => table switch
    {
        CoefficientTable.StandardCoal => RuleKinds.Coal,
        CoefficientTable.Co2 => RuleKinds.Co2,
        _ => RuleKinds.Density,
    };

    public static bool Applies(this CoefficientTable table, EnergyKind kind) => table switch
    {
        CoefficientTable.Density => kind is EnergyKind.Gasoline or EnergyKind.Diesel,
        _ => Units.IsEnergy(kind),
    };
}

internal sealed record CreateCoefficientCommand(CoefficientTable Table, CreateCoefficientRequest Body) : ICommand<CoefficientResponse>;

internal sealed class CreateCoefficientValidator : AbstractValidator<CreateCoefficientCommand>
{
    public CreateCoefficientValidator()
    {
        RuleFor(c => c.Body.EnergyKind).IsInEnum()
            .Must((c, kind) => c.Table.Applies(kind)).WithErrorCode(EnergyErrors.CoefficientKind.Code).WithMessage(_ => EnergyErrors.CoefficientKind.Title);
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.EffectiveTo).GreaterThanOrEqualTo(c => c.Body.EffectiveFrom).When(c => c.Body.EffectiveTo is not null)
            .WithErrorCode(EnergyErrors.EffectiveRange.Code).WithMessage(_ => EnergyErrors.EffectiveRange.Title);
        RuleFor(c => c.Body.Value).Must(v => v > 0 && v <= 1000m && v * 1_000_000m == decimal.Truncate(v * 1_000_000m))
            .WithErrorCode(EnergyErrors.CoefficientInvalid.Code).WithMessage(_ => EnergyErrors.CoefficientInvalid.Title);
        RuleFor(c => c.Body.Source).Source();
        RuleFor(c => c.Body.Confidence).IsInEnum();
    }
}

internal sealed class CreateCoefficientHandler(RuleVersioning versioning) : IRequestHandler<CreateCoefficientCommand, CoefficientResponse>
{
    public async Task<CoefficientResponse> Handle(CreateCoefficientCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var row = await versioning.AddAsync(command.Table.Kind(), b.EnergyKind.ToString(), b.Jurisdiction, b.EffectiveFrom, b.EffectiveTo,
            RuleJson.Write(new CoefficientValue(b.Value)), b.Source, b.Confidence, ct);
        return row.ToCoefficient();
    }
}

internal sealed record ListCoefficientsQuery(CoefficientTable Table, string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<CoefficientResponse>>;

internal sealed class ListCoefficientsValidator : AbstractValidator<ListCoefficientsQuery>
{
    public ListCoefficientsValidator() => RuleFor(q => q.Jurisdiction).OptionalJurisdiction();
}

internal sealed class ListCoefficientsHandler(RuleVersioning versioning) : IRequestHandler<ListCoefficientsQuery, IReadOnlyList<CoefficientResponse>>
{
    public async Task<IReadOnlyList<CoefficientResponse>> Handle(ListCoefficientsQuery query, CancellationToken ct) =>
        (await versioning.ListAsync(query.Table.Kind(), query.Jurisdiction, query.On, ct)).Select(r => r.ToCoefficient()).ToList();
}

internal sealed record CreatePlanTargetCommand(CreatePlanTargetRequest Body) : ICommand<PlanTargetResponse>;

internal sealed class CreatePlanTargetValidator : AbstractValidator<CreatePlanTargetCommand>
{
    private static bool IsPercent(decimal p) => p is >= -100 and <= 100 && p * 100 == decimal.Truncate(p * 100);

    public CreatePlanTargetValidator()
    {
        RuleFor(c => c.Body.Plan).NotEmpty().MaximumLength(60);
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body).Must(b => b.FirstYear is >= 2000 and <= 2100 && b.LastYear >= b.FirstYear && b.LastYear <= 2100 && b.BaselineYear < b.FirstYear && b.BaselineYear >= 2000
                && IsPercent(b.EnergyPerAreaPercent) && IsPercent(b.EnergyPerPersonPercent) && IsPercent(b.WaterPerPersonPercent) && IsPercent(b.Co2PerAreaPercent))
            .WithErrorCode(EnergyErrors.PlanInvalid.Code).WithMessage(_ => EnergyErrors.PlanInvalid.Title).OverridePropertyName("body");
        RuleFor(c => c.Body.Source).Source();
        RuleFor(c => c.Body.Confidence).IsInEnum();
    }
}

internal sealed class CreatePlanTargetHandler(RuleVersioning versioning) : IRequestHandler<CreatePlanTargetCommand, PlanTargetResponse>
{
    public async Task<PlanTargetResponse> Handle(CreatePlanTargetCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var value = new PlanTargetValue(b.FirstYear, b.LastYear, b.BaselineYear, b.EnergyPerAreaPercent, b.EnergyPerPersonPercent, b.WaterPerPersonPercent, b.Co2PerAreaPercent);
        var row = await versioning.AddAsync(RuleKinds.PlanTarget, b.Plan.Trim(), b.Jurisdiction, new DateOnly(b.FirstYear, 1, 1), new DateOnly(b.LastYear, 12, 31),
            RuleJson.Write(value), b.Source, b.Confidence, ct);
        return row.ToPlanTarget();
    }
}

internal sealed record ListPlanTargetsQuery(string? Jurisdiction) : IQuery<IReadOnlyList<PlanTargetResponse>>;

internal sealed class ListPlanTargetsValidator : AbstractValidator<ListPlanTargetsQuery>
{
    public ListPlanTargetsValidator() => RuleFor(q => q.Jurisdiction).OptionalJurisdiction();
}

internal sealed class ListPlanTargetsHandler(RuleVersioning versioning) : IRequestHandler<ListPlanTargetsQuery, IReadOnlyList<PlanTargetResponse>>
{
    public async Task<IReadOnlyList<PlanTargetResponse>> Handle(ListPlanTargetsQuery query, CancellationToken ct) =>
        (await versioning.ListAsync(RuleKinds.PlanTarget, query.Jurisdiction, null, ct)).Select(r => r.ToPlanTarget()).ToList();
}

internal sealed record CreateSettingsCommand(CreateEnergySettingsRequest Body) : ICommand<EnergySettingsResponse>;

internal sealed class CreateSettingsValidator : AbstractValidator<CreateSettingsCommand>
{
    public CreateSettingsValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body).Must(b => b.ReportDueMonth is >= 1 and <= 12 && b.ReportDueDay >= 1 && b.ReportDueDay <= DateTime.DaysInMonth(2024, b.ReportDueMonth)
                && b.AnomalyThresholdPercent is >= 1 and <= 1000 && b.SilentMeterDays is >= 1 and <= 366)
            .WithErrorCode(EnergyErrors.SettingsInvalid.Code).WithMessage(_ => EnergyErrors.SettingsInvalid.Title).OverridePropertyName("body");
        RuleFor(c => c.Body.Source).Source();
    }
}

internal sealed class CreateSettingsHandler(RuleVersioning versioning) : IRequestHandler<CreateSettingsCommand, EnergySettingsResponse>
{
    public async Task<EnergySettingsResponse> Handle(CreateSettingsCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var row = await versioning.AddAsync(RuleKinds.Settings, RuleKinds.SettingsKey, b.Jurisdiction, b.EffectiveFrom, null,
            RuleJson.Write(new SettingsValue(b.ReportDueMonth, b.ReportDueDay, b.AnomalyThresholdPercent, b.SilentMeterDays)), b.Source, Confidence.High, ct);
        return row.ToSettings();
    }
}

internal sealed record ListSettingsQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<EnergySettingsResponse>>;

internal sealed class ListSettingsValidator : AbstractValidator<ListSettingsQuery>
{
    public ListSettingsValidator() => RuleFor(q => q.Jurisdiction).OptionalJurisdiction();
}

internal sealed class ListSettingsHandler(RuleVersioning versioning) : IRequestHandler<ListSettingsQuery, IReadOnlyList<EnergySettingsResponse>>
{
    public async Task<IReadOnlyList<EnergySettingsResponse>> Handle(ListSettingsQuery query, CancellationToken ct) =>
        (await versioning.ListAsync(RuleKinds.Settings, query.Jurisdiction, query.On, ct)).Select(r => r.ToSettings()).ToList();
}
