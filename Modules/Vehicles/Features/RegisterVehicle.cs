using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Register an official vehicle (Vehicles_RegisterVehicle): the route.</summary>
internal static class RegisterVehicle
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder vehicles) =>
        vehicles.MapPost("/", Handle).WithName("Vehicles_RegisterVehicle")
            .WithSummary("Register an official vehicle (登记公务用车)")
            .WithDescription("Records the acquisition method (Purchase, TransferIn, InitialLedger or Other; InitialLedger when absent) and publishes VehicleAcquired after commit: only a Purchase is 公务用车购置费 (its price on purchasedOn) and counts as bought. Records the origin (V11; the deprecated domesticBrand stays accepted) and flags an imported vehicle or one that is not new-energy in `flags` with the rule id. Checks the plate against the plate rule in force (a police 警 or emergency-management 应急 plate against its special plate rule: only for the organs and categories listed there, 422 vehicles.special-plate-not-carried; V9), the VIN's check digit, the organ's quota (车辆编制, 422 vehicles.over-quota) and the purchase standard in force on the purchase date for the organ's division (422 vehicles.over-purchase-standard naming the rule and its limit). A fixed assignment goes only to staff of the organ whose rank the fixed-car rank rule allows (V5; 422 vehicles.rank-without-fixed-car, vehicles.not-a-leader) and never to an off-road vehicle (422 vehicles.off-road-leader-car). Plate and VIN are unique (409). Accepts Idempotency-Key.")
            .Produces<VehicleResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(VehiclesModule.WriteScope);

    private static async Task<Created<VehicleResponse>> Handle(RegisterVehicleRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var vehicle = await mediator.Send(new RegisterVehicleCommand(body), ct);
        return ETags.Created(http, $"{VehiclesEndpoints.Root}/{vehicle.Id}", vehicle, v => v.Version);
    }
}

internal sealed record RegisterVehicleCommand(RegisterVehicleRequest Body) : ICommand<VehicleResponse>;

internal sealed class RegisterVehicleValidator : AbstractValidator<RegisterVehicleCommand>
{
    public RegisterVehicleValidator()
    {
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.Plate).NotEmpty().MaximumLength(10);
        RuleFor(c => c.Body.Vin).NotEmpty()
            .Matches(Vin.ShapePattern).WithErrorCode(VehiclesErrors.VinShape.Code).WithMessage(_ => VehiclesErrors.VinShape.Title)
            .Must(Vin.IsValid).When(c => Vin.HasValidShape(c.Body.Vin), ApplyConditionTo.CurrentValidator).WithErrorCode(VehiclesErrors.VinCheck.Code).WithMessage(_ => VehiclesErrors.VinCheck.Title);
        RuleFor(c => c.Body.Brand).NotEmpty().MaximumLength(50);
        RuleFor(c => c.Body.Model).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.Origin).IsInEnum()
            .NotNull().When(c => DomesticBrandOf(c.Body) is null, ApplyConditionTo.CurrentValidator);
        RuleFor(c => DomesticBrandOf(c.Body)).Must((c, d) => Origin.Agree(c.Body.Origin, d))
            .OverridePropertyName("domesticBrand");
        RuleFor(c => c.Body.EnergyType).IsInEnum();
        RuleFor(c => c.Body.BodyType).IsInEnum();
        RuleFor(c => c.Body.Category).IsInEnum();
        RuleFor(c => c.Body.Seats).InclusiveBetween(2, 80);
        RuleFor(c => c.Body.EngineDisplacementLitres)
            .Must((c, l) => c.Body.EnergyType == EnergyType.BatteryElectric ? l is null : l is { } v && Displacement.IsLitres(v))
            .WithErrorCode(VehiclesErrors.DisplacementRequired.Code).WithMessage(_ => VehiclesErrors.DisplacementRequired.Title);
        RuleFor(c => c.Body.PurchasePrice).Yuan();
        RuleFor(c => c.Body.PurchasedOn).NotEmpty();
        RuleFor(c => c.Body.OdometerKm).InclusiveBetween(0, 3_000_000);
        RuleFor(c => c.Body.ApprovalReference).MaximumLength(200);
        RuleFor(c => c.Body.AcquisitionMethod).IsInEnum();
    }

#pragma warning disable CS0618 // the deprecated member is still read (docs/adr/0027)
    internal static bool? DomesticBrandOf(RegisterVehicleRequest b) => b.DomesticBrand;
#pragma warning restore CS0618
}

internal sealed class RegisterVehicleHandler(
    VehicleRepository vehicles, RuleRepository rules, IMediator mediator, OutboxBuffer outbox, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<RegisterVehicleCommand, VehicleResponse>
{
    public async Task<VehicleResponse> Handle(RegisterVehicleCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var organ = await VehicleRules.OrganAsync(mediator, b.OrganId, "organId", ct);
        var plate = b.Plate.Trim().ToUpperInvariant();
        await EnsurePlateAsync(plate, b.EnergyType, b.BodyType, b.Category, organ, ct);
        await VehicleRules.EnsureLeaderAsync(mediator, rules, b.AssignedLeaderId, organ.Id, organ.DivisionCode, b.BodyType, clock.Today, ct);
        var approval = string.IsNullOrWhiteSpace(b.ApprovalReference) ? null : b.ApprovalReference.Trim();
        var standard = await PurchaseStandardAsync(b, approval, organ.DivisionCode, ct);

        // The quota row is locked before counting, so two registrations cannot both take the last place.
        var quota = await vehicles.LockQuotaAsync(organ.Id, b.Category, ct);
        var inUse = (await vehicles.InUseAsync(organ.Id, ct)).GetValueOrDefault(b.Category);
        var approved = quota?.Approved ?? 0;
        if (inUse + 1 > approved)
        {
            throw new ProblemException(VehiclesErrors.OverQuota, detail: $"vehicle-quota {b.Category}: approved {approved}, in use {inUse}");
        }

        if (await vehicles.PlateExistsAsync(plate, ct))
        {
            throw new ProblemException(VehiclesErrors.PlateTaken);
        }
        if (await vehicles.VinExistsAsync(b.Vin, ct))
        {
            throw new ProblemException(VehiclesErrors.VinTaken);
        }
        var now = clock.UtcNow;
        var origin = Origin.Resolve(b.Origin, RegisterVehicleValidator.DomesticBrandOf(b));
        var row = new VehicleRow
        {
            Id = ids.NewId(),
            OrganId = organ.Id,
            Plate = plate,
            Vin = b.Vin,
            Brand = b.Brand.Trim(),
            Model = b.Model.Trim(),
            Origin = origin,
            DomesticBrand = origin == VehicleOrigin.DomesticBrand,
            EnergyType = b.EnergyType,
            BodyType = b.BodyType,
            Category = b.Category,
            Seats = b.Seats,
            DisplacementMl = b.EngineDisplacementLitres is { } l ? Displacement.ToMl(l) : null,
            PurchasePriceFen = Yuan.ToFen(b.PurchasePrice),
            PurchasedOn = b.PurchasedOn,
            OdometerKm = b.OdometerKm,
            Status = VehicleStatus.Available,
            AssignedLeaderId = b.AssignedLeaderId,
            ApprovalReference = approval,
            PurchaseStandardCode = standard,
            AcquisitionMethod = b.AcquisitionMethod ?? AcquisitionMethod.InitialLedger,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        try
        {
            await vehicles.InsertAsync(row, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            // A parallel registration took the plate or the VIN between the check and the insert.
            throw new ProblemException(ex.Message.Contains("vin", StringComparison.OrdinalIgnoreCase) ? VehiclesErrors.VinTaken : VehiclesErrors.PlateTaken);
        }
        var response = row.ToResponse();
        audit.Record("Vehicle", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        outbox.Enqueue(new VehicleAcquired(ids.NewId(), now, row.Id, row.Id, row.OrganId, row.AcquisitionMethod,
            row.AcquisitionMethod == AcquisitionMethod.Purchase ? VehicleAcquired.PurchaseLine : null, row.PurchasePriceFen, row.PurchasedOn));
        return response;
    }

    private async Task EnsurePlateAsync(string plate, EnergyType energy, BodyType body, VehicleCategory category, OrganSummary organ, CancellationToken ct)
    {
        var rule = (await rules.InForceAsync(RuleKinds.Plate, organ.DivisionCode, clock.Today, ct)).FirstOrDefault()
            ?? throw new ProblemException(VehiclesErrors.RuleMissing, detail: RuleKinds.Plate);
        var plateRule = RuleJson.Read<PlateRuleValue>(rule.Value);
        // V9: a plate ending in a special series' suffix (警, 应急) follows that series, for the organs and categories that carry it.
        var special = (await rules.InForceAsync(RuleKinds.SpecialPlate, organ.DivisionCode, clock.Today, ct))
            .Select(r => (r.RuleKey, RuleJson.Read<SpecialPlateValue>(r.Value)));
        if (PlateNumber.SpecialSeriesOf(plate, special) is { } series)
        {
            if (!PlateNumber.HasSpecialShape(plate, series.Value, plateRule))
            {
                throw ProblemException.ForField(VehiclesErrors.PlateInvalid, "plate");
            }
            if (!PlateNumber.Carries(series.Value, organ.Id, category))
            {
                throw new ProblemException(VehiclesErrors.SpecialPlateNotCarried, detail: $"V9 {series.Code} ({series.Value.Suffix}): {category}");
            }
            return;
        }
        switch (PlateNumber.Check(plate, energy, body, plateRule))
        {
            case PlateNumber.Verdict.Invalid:
                throw ProblemException.ForField(VehiclesErrors.PlateInvalid, "plate");
            case PlateNumber.Verdict.EnergyMismatch:
                throw ProblemException.ForField(VehiclesErrors.PlateEnergyMismatch, "plate");
        }
    }

    /// <summary>The purchase standard the vehicle is bought within (null: none covers it); over every usable one → 422 naming the nearest.</summary>
    private async Task<string?> PurchaseStandardAsync(RegisterVehicleRequest b, string? approval, string divisionCode, CancellationToken ct)
    {
        // Per code the most specific version in force, its caps the strictest along the chain (national ceilings).
        // One read of the chain serves both: the most specific version per code, and the caps above it.
        var table = VehiclesRuleTables.PurchaseStandards;
        var chain = (await rules.VersionsAsync(RuleKinds.PurchaseStandard, Jurisdictions.ChainOf(divisionCode), ct))
            .Where(r => r.InForce(b.PurchasedOn)).ToList();
        var inForce = RuleResolver.ResolveEach(chain, r => r.RuleKey, divisionCode, b.PurchasedOn).OrderBy(r => r.RuleKey, StringComparer.Ordinal)
            .Select(r =>
            {
                var ofCode = chain.Where(c => c.RuleKey == r.RuleKey).ToList();
                var value = RuleJson.Read<PurchaseStandardValue>(r.Value);
                return new PurchaseStandard(r.RuleKey, r.Source, value with
                {
                    MaxPriceFen = table.EffectiveLimit(ofCode, divisionCode, b.PurchasedOn, "maxPrice") ?? value.MaxPriceFen,
                    MaxDisplacementMl = (int?)table.EffectiveLimit(ofCode, divisionCode, b.PurchasedOn, "maxEngineDisplacementLitres"),
                });
            })
            .ToList();
        var verdict = PurchaseStandardCheck.Judge(inForce, b.Category, b.BodyType, b.EnergyType, Yuan.ToFen(b.PurchasePrice),
            b.EngineDisplacementLitres is { } l ? Displacement.ToMl(l) : null, approval is not null);
        return verdict.IsOver ? throw new ProblemException(VehiclesErrors.OverStandard, detail: verdict.OverDetail) : verdict.Code;
    }
}
