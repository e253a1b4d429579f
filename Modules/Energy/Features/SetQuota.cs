using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Energy.Features;

/// <summary>Set an institution's annual quota (能耗定额; the bureau's work) (Energy_SetQuota): the route.</summary>
internal static class SetQuota
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder institutions) =>
        institutions.MapPut("/{id:guid}/quotas/{year:int}", Handle).WithName("Energy_SetQuota")
            .WithTags(EnergyModule.QuotasTag)
            .WithSummary("Set an institution's annual quota (能耗定额; the bureau's work)")
            .WithDescription("Standard coal in kgce and optionally water in m³. If the year's use is already above it, the overrun is flagged at once. Answers the progress. Bureau only (403).")
            .Produces<QuotaProgressResponse>().Problems(400, 403, 404, 413, 415)
            .RequireScope(EnergyModule.WriteScope);

    private static async Task<Ok<QuotaProgressResponse>> Handle(Guid id, int year, SetQuotaRequest body, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new SetQuotaCommand(id, year, body), ct));
}

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
