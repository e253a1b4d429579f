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

/// <summary>Register a meter (计量器具) of an institution (Energy_CreateMeter): the route.</summary>
internal static class CreateMeter
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder institutions) =>
        institutions.MapPost("/{id:guid}/meters", Handle).WithName("Energy_CreateMeter")
            .WithTags(EnergyModule.MetersTag)
            .WithSummary("Register a meter (计量器具) of an institution")
            .WithDescription("Kind, unit, subsystem (分项) and mode. A cumulative meter has a register size in digits (3–9) and its value at installation; an interval meter reports the consumption of each interval. The multiplier (倍率) is an integer. The code is unique within the institution (409). Accepts Idempotency-Key.")
            .Produces<MeterResponse>(StatusCodes.Status201Created).CreateProblems(404)
            .RequireScope(EnergyModule.WriteScope);

    private static async Task<Created<MeterResponse>> Handle(Guid id, CreateMeterRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var meter = await mediator.Send(new CreateMeterCommand(id, body), ct);
        return ETags.Created(http, $"{EnergyEndpoints.Root}/meters/{meter.Id}", meter, m => m.Version);
    }
}

internal sealed record CreateMeterCommand(Guid InstitutionId, CreateMeterRequest Body) : ICommand<MeterResponse>;

internal sealed class CreateMeterValidator : AbstractValidator<CreateMeterCommand>
{
    public CreateMeterValidator()
    {
        RuleFor(c => c.Body.Code).NotEmpty().MaximumLength(50);
        RuleFor(c => c.Body.Kind).IsInEnum();
        RuleFor(c => c.Body.Unit).IsInEnum()
            .Must((c, unit) => Units.Allowed(c.Body.Kind, unit)).WithErrorCode(EnergyErrors.UnitMismatch.Code).WithMessage(_ => EnergyErrors.UnitMismatch.Title);
        RuleFor(c => c.Body.Subsystem).IsInEnum();
        RuleFor(c => c.Body.Mode).IsInEnum();
        RuleFor(c => c.Body.Multiplier).InclusiveBetween(1, 100_000);
        RuleFor(c => c.Body.InstalledAt).NotEmpty();
        RuleFor(c => c.Body.RegisterDigits)
            .Must((c, digits) => Register.IsValidSetup(c.Body.Mode, digits, c.Body.InitialRegisterValue))
            .WithErrorCode(EnergyErrors.RegisterInvalid.Code).WithMessage(_ => EnergyErrors.RegisterInvalid.Title);
    }
}

internal sealed class CreateMeterHandler(InstitutionRepository institutions, MeterRepository meters, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateMeterCommand, MeterResponse>
{
    public async Task<MeterResponse> Handle(CreateMeterCommand command, CancellationToken ct)
    {
        var institution = await institutions.GetVisibleAsync(command.InstitutionId, ct) ?? throw new ProblemException(EnergyErrors.InstitutionNotFound);
        var b = command.Body;
        var code = b.Code.Trim();
        if (await meters.CodeTakenAsync(institution.Id, code, ct))
        {
            throw new ProblemException(EnergyErrors.MeterCodeTaken);
        }
        var now = clock.UtcNow;
        var installedAt = ReadingSource.Normalise(b.InstalledAt);
        var cumulative = b.Mode == MeterMode.Cumulative;
        var row = new MeterRow
        {
            Id = ids.NewId(), InstitutionId = institution.Id, OrganId = institution.OrganId, Code = code, Kind = b.Kind, Unit = b.Unit,
            Subsystem = b.Subsystem, Mode = b.Mode, RegisterDigits = b.RegisterDigits, Multiplier = b.Multiplier,
            // A cumulative register starts at installation with its initial value; the first reading is measured against it.
            LastRegisterMilli = cumulative ? Scaled.Milli(b.InitialRegisterValue!.Value) : null,
            LastReadAt = cumulative ? installedAt : null,
            InstalledAt = installedAt, Status = MeterStatus.Active, Version = 1, CreatedAt = now, UpdatedAt = now,
        };
        try
        {
            await meters.InsertAsync(row, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(EnergyErrors.MeterCodeTaken);
        }
        audit.Record("Meter", row.Id, row.OrganId, AuditTrail.Diff(null, row.ToResponse()));
        return row.ToResponse();
    }
}
