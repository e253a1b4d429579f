using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;

namespace OrganAffairs.Vehicles.Features;

internal sealed record CreateRenewalRuleCommand(CreateRenewalRuleRequest Body) : ICommand<RenewalRuleResponse>;

internal sealed class CreateRenewalRuleValidator : AbstractValidator<CreateRenewalRuleCommand>
{
    public CreateRenewalRuleValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).Jurisdiction();
        RuleFor(c => c.Body.MinAgeYears).InclusiveBetween(1, 30);
        RuleFor(c => c.Body.MinMileageKm).InclusiveBetween(1, 3_000_000);
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).Source();
    }
}

internal sealed class CreateRenewalRuleHandler(RuleVersioning versioning, OrganScope scope) : IRequestHandler<CreateRenewalRuleCommand, RenewalRuleResponse>
{
    public async Task<RenewalRuleResponse> Handle(CreateRenewalRuleCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        var row = await versioning.AddAsync(RuleKinds.Renewal, RuleKinds.RenewalKey, b.Jurisdiction, b.EffectiveFrom,
            RuleJson.Write(new RenewalRuleValue(b.MinAgeYears, b.MinMileageKm)), b.Source, ct);
        return RenewalMapping.ToResponse(row);
    }
}

internal sealed record ListRenewalRulesQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<RenewalRuleResponse>>;

internal sealed class ListRenewalRulesValidator : AbstractValidator<ListRenewalRulesQuery>
{
    public ListRenewalRulesValidator() =>
        RuleFor(q => q.Jurisdiction).Must(j => j is null || Jurisdictions.IsJurisdiction(j))
            .WithErrorCode(VehiclesErrors.Jurisdiction.Code).WithMessage(_ => VehiclesErrors.Jurisdiction.Title);
}

internal sealed class ListRenewalRulesHandler(RuleRepository rules) : IRequestHandler<ListRenewalRulesQuery, IReadOnlyList<RenewalRuleResponse>>
{
    public async Task<IReadOnlyList<RenewalRuleResponse>> Handle(ListRenewalRulesQuery query, CancellationToken ct) =>
        (await RuleMapping.ListAsync(rules, RuleKinds.Renewal, query.Jurisdiction, query.On, ct)).Select(RenewalMapping.ToResponse).ToList();
}

internal sealed record GetRenewalEligibilityQuery(Guid VehicleId, DateOnly? On) : IQuery<RenewalEligibilityResponse>;

internal sealed class GetRenewalEligibilityHandler(VehicleRepository vehicles, RuleRepository rules, IMediator mediator, BusinessClock clock)
    : IRequestHandler<GetRenewalEligibilityQuery, RenewalEligibilityResponse>
{
    public async Task<RenewalEligibilityResponse> Handle(GetRenewalEligibilityQuery query, CancellationToken ct)
    {
        var vehicle = await vehicles.GetVisibleAsync(query.VehicleId, ct) ?? throw new ProblemException(VehiclesErrors.VehicleNotFound);
        return await RenewalMapping.EligibilityAsync(rules, mediator, vehicle, query.On ?? clock.Today, ct);
    }
}

internal static class RenewalMapping
{
    public static RenewalRuleResponse ToResponse(RuleRow row)
    {
        var v = RuleJson.Read<RenewalRuleValue>(row.Value);
        return new RenewalRuleResponse(row.Id, row.Jurisdiction, v.MinAgeYears, v.MinMileageKm, row.EffectiveFrom, row.EffectiveTo, row.Source);
    }

    /// <summary>Age or mileage by the renewal rule in force on the date for the owning organ's division — nothing else (a leader's promotion or move is no reason).</summary>
    public static async Task<RenewalEligibilityResponse> EligibilityAsync(RuleRepository rules, IMediator mediator, VehicleRow vehicle, DateOnly on, CancellationToken ct)
    {
        var organ = await mediator.Send(new Contracts.Organs.GetOrganQuery(vehicle.OrganId), ct);
        var rule = (await rules.InForceAsync(RuleKinds.Renewal, organ?.DivisionCode, on, ct)).FirstOrDefault()
            ?? throw new ProblemException(VehiclesErrors.RuleMissing, detail: RuleKinds.Renewal);
        var value = RuleJson.Read<RenewalRuleValue>(rule.Value);
        return new RenewalEligibilityResponse(vehicle.Id, on, value.IsEligible(vehicle.PurchasedOn, vehicle.OdometerKm, on), vehicle.PurchasedOn,
            value.EligibleByAgeFrom(vehicle.PurchasedOn), vehicle.OdometerKm, value.MinAgeYears, value.MinMileageKm, rule.Jurisdiction, rule.Source);
    }
}

internal sealed record DisposeVehicleCommand(Guid VehicleId, DisposeVehicleRequest Body) : ICommand<VehicleResponse>;

internal sealed class DisposeVehicleValidator : AbstractValidator<DisposeVehicleCommand>
{
    public DisposeVehicleValidator()
    {
        RuleFor(c => c.Body.Method).IsInEnum();
        RuleFor(c => c.Body.DisposedOn).NotEmpty();
        RuleFor(c => c.Body.Proceeds).Yuan();
        RuleFor(c => c.Body.Reference).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.WriteOffReference).MaximumLength(200)
            .Must((c, w) => w is null || c.Body.Method == DisposalMethod.Scrap)
            .WithErrorCode(VehiclesErrors.WriteOffOnlyScrap.Code).WithMessage(_ => VehiclesErrors.WriteOffOnlyScrap.Title);
    }
}

/// <summary>
/// 处置 (auction, transfer, scrap): only an eligible vehicle (renewal rule) — or a written-off one scrapped with
/// its appraisal reference — and none with a dispatched or running trip. The vehicle stays as Disposed and frees its quota place.
/// </summary>
internal sealed class DisposeVehicleHandler(
    VehicleRepository vehicles, ReminderRepository reminders, RuleRepository rules, IMediator mediator, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<DisposeVehicleCommand, VehicleResponse>
{
    public async Task<VehicleResponse> Handle(DisposeVehicleCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var vehicle = await vehicles.GetVisibleAsync(command.VehicleId, ct) ?? throw new ProblemException(VehiclesErrors.VehicleNotFound);
        await vehicles.LockAsync(vehicle.Id, ct);
        vehicle = (await vehicles.GetAsync(vehicle.Id, ct))!;
        if (vehicle.Status == VehicleStatus.Disposed)
        {
            throw new ProblemException(VehiclesErrors.VehicleDisposed);
        }
        if (await reminders.HasOpenTripsAsync(vehicle.Id, ct))
        {
            throw new ProblemException(VehiclesErrors.VehicleHasTrips);
        }
        var writeOff = string.IsNullOrWhiteSpace(b.WriteOffReference) ? null : b.WriteOffReference.Trim();
        if (writeOff is null)
        {
            var eligibility = await RenewalMapping.EligibilityAsync(rules, mediator, vehicle, b.DisposedOn, ct);
            if (!eligibility.Eligible)
            {
                throw new ProblemException(VehiclesErrors.NotEligibleForRenewal,
                    detail: $"renewal: ≥ {eligibility.MinAgeYears} years (from {eligibility.EligibleByAgeFrom:yyyy-MM-dd}) or ≥ {eligibility.MinMileageKm} km (now {eligibility.OdometerKm}) — {eligibility.Source}");
            }
        }
        var before = vehicle.ToResponse();
        var expected = vehicle.Version;
        vehicle.Status = VehicleStatus.Disposed;
        vehicle.AssignedLeaderId = null;
        vehicle.DisposalMethod = b.Method;
        vehicle.DisposedOn = b.DisposedOn;
        vehicle.DisposalProceedsFen = Money.ToFen(b.Proceeds);
        vehicle.DisposalReference = b.Reference.Trim();
        vehicle.WriteOffReference = writeOff;
        vehicle.Version = expected + 1;
        vehicle.UpdatedAt = clock.UtcNow;
        if (!await vehicles.UpdateAsync(vehicle, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        var after = vehicle.ToResponse();
        var changes = new Dictionary<string, FieldChange>(AuditTrail.Diff(before, after))
        {
            ["disposalReference"] = new(null, vehicle.DisposalReference),
        };
        if (writeOff is not null)
        {
            changes["writeOffReference"] = new(null, writeOff);
        }
        audit.Record("Vehicle", vehicle.Id, vehicle.OrganId, changes);
        return after;
    }
}
