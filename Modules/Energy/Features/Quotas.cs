using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Energy.Features;

internal sealed record SetQuotaCommand(Guid InstitutionId, int Year, SetQuotaRequest Body) : ICommand<QuotaProgressResponse>;

internal sealed class SetQuotaValidator : AbstractValidator<SetQuotaCommand>
{
    public SetQuotaValidator()
    {
        RuleFor(c => c.Year).Year().OverridePropertyName("year");
        RuleFor(c => c.Body.EnergyKgce).Must(v => v > 0 && v <= 1_000_000_000m && Scaled.IsMilli(v))
            .WithErrorCode(EnergyErrors.QuotaInvalid.Code).WithMessage(_ => EnergyErrors.QuotaInvalid.Title);
        RuleFor(c => c.Body.WaterCubicMetres).Must(v => v is null || v > 0 && v <= 1_000_000_000m && Scaled.IsMilli(v.Value))
            .WithErrorCode(EnergyErrors.QuotaInvalid.Code).WithMessage(_ => EnergyErrors.QuotaInvalid.Title);
    }
}

/// <summary>能耗定额 are set by the bureau; a quota set below the year's use flags the overrun at once.</summary>
internal sealed class SetQuotaHandler(
    InstitutionRepository institutions, ComplianceRepository compliance, OverrunDetector overruns, QuotaProgress progress, OrganScope scope,
    AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<SetQuotaCommand, QuotaProgressResponse>
{
    public async Task<QuotaProgressResponse> Handle(SetQuotaCommand command, CancellationToken ct)
    {
        var institution = await institutions.GetVisibleAsync(command.InstitutionId, ct) ?? throw new ProblemException(EnergyErrors.InstitutionNotFound);
        scope.EnsureSeesAll();
        var before = await compliance.QuotaAsync(institution.Id, command.Year, ct);
        var row = new QuotaRow
        {
            Id = before?.Id ?? ids.NewId(), InstitutionId = institution.Id, Year = command.Year,
            EnergyKgceMilli = Scaled.Milli(command.Body.EnergyKgce),
            WaterMilli = command.Body.WaterCubicMetres is { } w ? Scaled.Milli(w) : null,
            UpdatedAt = clock.UtcNow,
        };
        await compliance.UpsertQuotaAsync(row, ct);
        audit.Record("EnergyQuota", row.Id, institution.OrganId, new Dictionary<string, FieldChange>
        {
            ["energyKgce"] = new(before is null ? null : Scaled.FromMilli(before.EnergyKgceMilli), command.Body.EnergyKgce),
            ["waterCubicMetres"] = new(before?.WaterMilli is { } bw ? Scaled.FromMilli(bw) : null, command.Body.WaterCubicMetres),
        });
        await overruns.CheckAsync([(institution.Id, command.Year)], ct);
        return await progress.ForAsync(institution, command.Year, ct);
    }
}

internal sealed record GetQuotaProgressQuery(Guid InstitutionId, int Year) : IQuery<QuotaProgressResponse>;

internal sealed class GetQuotaProgressValidator : AbstractValidator<GetQuotaProgressQuery>
{
    public GetQuotaProgressValidator() => RuleFor(q => q.Year).Year().OverridePropertyName("year");
}

internal sealed class GetQuotaProgressHandler(InstitutionRepository institutions, QuotaProgress progress) : IRequestHandler<GetQuotaProgressQuery, QuotaProgressResponse>
{
    public async Task<QuotaProgressResponse> Handle(GetQuotaProgressQuery query, CancellationToken ct)
    {
        var institution = await institutions.GetVisibleAsync(query.InstitutionId, ct) ?? throw new ProblemException(EnergyErrors.InstitutionNotFound);
        return await progress.ForAsync(institution, query.Year, ct);
    }
}

/// <summary>A quota against the year's use, from the roll-ups.</summary>
internal sealed class QuotaProgress(ComplianceRepository compliance, IndicatorCalculator calculator)
{
    public async Task<QuotaProgressResponse> ForAsync(InstitutionRow institution, int year, CancellationToken ct)
    {
        var quota = await compliance.QuotaAsync(institution.Id, year, ct) ?? throw new ProblemException(EnergyErrors.QuotaNotFound);
        var used = await calculator.ComputeAsync([institution], new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), ct);
        var allowance = Scaled.FromMilli(quota.EnergyKgceMilli);
        var overrun = await compliance.OverrunAsync(institution.Id, year, ct);
        return new QuotaProgressResponse(
            institution.Id, year, allowance, quota.WaterMilli is { } w ? Scaled.FromMilli(w) : null,
            used.TotalKgce, used.WaterCubicMetres, Scaled.Ratio(used.TotalKgce * 100m, allowance, 2), used.TotalKgce > allowance,
            overrun is null ? null : EnergyMapping.ToResponse(overrun));
    }
}

internal sealed record ListOverrunsQuery(OverrunStatus? Status, int? Year, Guid? InstitutionId, PageRequest Page) : IQuery<PagedResult<OverrunResponse>>;

internal sealed class ListOverrunsHandler(ComplianceRepository compliance) : IRequestHandler<ListOverrunsQuery, PagedResult<OverrunResponse>>
{
    public async Task<PagedResult<OverrunResponse>> Handle(ListOverrunsQuery query, CancellationToken ct)
    {
        var (rows, total) = await compliance.ListOverrunsAsync(query.Status, query.Year, query.InstitutionId, query.Page, ct);
        return new PagedResult<OverrunResponse>(rows.Select(EnergyMapping.ToResponse).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}

internal sealed record ExplainOverrunCommand(Guid Id, long ExpectedVersion, ExplainOverrunRequest Body) : ICommand<OverrunResponse>;

internal sealed class ExplainOverrunValidator : AbstractValidator<ExplainOverrunCommand>
{
    public ExplainOverrunValidator() =>
        RuleFor(c => c.Body.Explanation).Must(e => e is not null && e.Trim().Length is >= 10 and <= 2000)
            .WithErrorCode(EnergyErrors.ExplanationInvalid.Code).WithMessage(_ => EnergyErrors.ExplanationInvalid.Title);
}

/// <summary>The institution itself explains its overrun (公共机构节能条例: consumption above quota must be explained).</summary>
internal sealed class ExplainOverrunHandler(ComplianceRepository compliance, AuditTrail audit, BusinessClock clock) : IRequestHandler<ExplainOverrunCommand, OverrunResponse>
{
    public async Task<OverrunResponse> Handle(ExplainOverrunCommand command, CancellationToken ct)
    {
        var row = await compliance.GetVisibleOverrunAsync(command.Id, ct) ?? throw new ProblemException(EnergyErrors.OverrunNotFound);
        if (row.Version != command.ExpectedVersion)
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        if (row.Status == OverrunStatus.Explained)
        {
            throw new ProblemException(EnergyErrors.OverrunExplained);
        }
        var before = EnergyMapping.ToResponse(row);
        row.Status = OverrunStatus.Explained;
        row.Explanation = command.Body.Explanation.Trim();
        row.ExplainedAt = clock.UtcNow;
        row.Version++;
        if (await compliance.ExplainOverrunAsync(row, command.ExpectedVersion, ct) == 0)
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        audit.Record("EnergyOverrun", row.Id, row.OrganId, AuditTrail.Diff(before, EnergyMapping.ToResponse(row)));
        return EnergyMapping.ToResponse(row);
    }
}
