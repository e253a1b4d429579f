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
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Energy.Features;

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
            .Must((c, digits) => c.Body.Mode == MeterMode.Cumulative
                ? digits is >= 3 and <= 9 && c.Body.InitialRegisterValue is { } v && v >= 0 && Scaled.IsMilli(v) && v * 1000m < Register.SpanMilli(digits.Value)
                : digits is null && c.Body.InitialRegisterValue is null)
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

internal sealed record GetMeterQuery(Guid Id) : IQuery<MeterResponse>;

internal sealed class GetMeterHandler(MeterRepository meters) : IRequestHandler<GetMeterQuery, MeterResponse>
{
    public async Task<MeterResponse> Handle(GetMeterQuery query, CancellationToken ct) =>
        (await meters.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(EnergyErrors.MeterNotFound)).ToResponse();
}

internal sealed record ListMetersQuery(Guid? InstitutionId, EnergyKind? Kind, MeterStatus? Status, PageRequest Page, string? Sort) : IQuery<PagedResult<MeterResponse>>;

internal sealed class ListMetersValidator : AbstractValidator<ListMetersQuery>
{
    public ListMetersValidator() => RuleFor(q => q.Sort).MaximumLength(200);
}

internal sealed class ListMetersHandler(MeterRepository meters) : IRequestHandler<ListMetersQuery, PagedResult<MeterResponse>>
{
    public async Task<PagedResult<MeterResponse>> Handle(ListMetersQuery query, CancellationToken ct)
    {
        var (rows, total) = await meters.ListAsync(query.InstitutionId, query.Kind, query.Status, query.Page, MeterRepository.Sort.OrderBy(query.Sort), ct);
        return new PagedResult<MeterResponse>(rows.Select(r => r.ToResponse()).ToList(), query.Page.Page, query.Page.PageSize, total);
    }
}

internal sealed record UpdateMeterCommand(Guid Id, long ExpectedVersion, UpdateMeterRequest Body) : ICommand<MeterResponse>;

internal sealed class UpdateMeterValidator : AbstractValidator<UpdateMeterCommand>
{
    public UpdateMeterValidator()
    {
        RuleFor(c => c.Body.Subsystem).IsInEnum();
        RuleFor(c => c.Body.Status).IsInEnum();
    }
}

internal sealed class UpdateMeterHandler(MeterRepository meters, AuditTrail audit, BusinessClock clock) : IRequestHandler<UpdateMeterCommand, MeterResponse>
{
    public async Task<MeterResponse> Handle(UpdateMeterCommand command, CancellationToken ct)
    {
        var row = await meters.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(EnergyErrors.MeterNotFound);
        if (row.Version != command.ExpectedVersion)
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        var before = row.ToResponse();
        // The subsystem applies to readings from now on; roll-ups already summed keep the subsystem they were read under.
        row.Subsystem = command.Body.Subsystem;
        row.Status = command.Body.Status;
        row.Version++;
        row.UpdatedAt = clock.UtcNow;
        if (await meters.UpdateAsync(row, command.ExpectedVersion, ct) == 0)
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        audit.Record("Meter", row.Id, row.OrganId, AuditTrail.Diff(before, row.ToResponse()));
        return row.ToResponse();
    }
}

internal sealed record ReplaceMeterCommand(Guid Id, ReplaceMeterRequest Body) : ICommand<MeterResponse>;

internal sealed class ReplaceMeterValidator : AbstractValidator<ReplaceMeterCommand>
{
    public ReplaceMeterValidator()
    {
        RuleFor(c => c.Body.ReplacedAt).NotEmpty();
        RuleFor(c => c.Body.RegisterDigits).InclusiveBetween(3, 9).When(c => c.Body.RegisterDigits is not null)
            .WithErrorCode(EnergyErrors.RegisterInvalid.Code).WithMessage(_ => EnergyErrors.RegisterInvalid.Title);
        RuleFor(c => c.Body.NewRegisterValue).Must(v => v >= 0 && Scaled.IsMilli(v) && v * 1000m <= ReadingSource.MaxValueMilli)
            .WithErrorCode(EnergyErrors.ValueInvalid.Code).WithMessage(_ => EnergyErrors.ValueInvalid.Title);
        RuleFor(c => c.Body.FinalRegisterValue).Must(v => v is null || v >= 0 && Scaled.IsMilli(v.Value) && v * 1000m <= ReadingSource.MaxValueMilli)
            .WithErrorCode(EnergyErrors.ValueInvalid.Code).WithMessage(_ => EnergyErrors.ValueInvalid.Title);
    }
}

/// <summary>
/// 换表: the old register's final reading (optional) is recorded like any reading, then the meter's register
/// state restarts at the new value, so the next reading is measured against the new register.
/// </summary>
internal sealed class ReplaceMeterHandler(MeterRepository meters, ReadingProcessor processor, OverrunDetector overruns, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<ReplaceMeterCommand, MeterResponse>
{
    public async Task<MeterResponse> Handle(ReplaceMeterCommand command, CancellationToken ct)
    {
        var visible = await meters.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(EnergyErrors.MeterNotFound);
        if (visible.Mode != MeterMode.Cumulative)
        {
            throw new ProblemException(EnergyErrors.NotCumulative);
        }
        var b = command.Body;
        var replacedAt = ReadingSource.Normalise(b.ReplacedAt);
        var digits = b.RegisterDigits ?? visible.RegisterDigits!.Value;
        if (Scaled.Milli(b.NewRegisterValue) >= Register.SpanMilli(digits))
        {
            throw ProblemException.ForField(EnergyErrors.ValueExceedsRegister, "newRegisterValue");
        }
        var carried = new Dictionary<Guid, MeterRow>();
        if (b.FinalRegisterValue is { } final)
        {
            var outcome = await processor.ProcessAsync([new ParsedReading(1, visible.Id, replacedAt, Scaled.Milli(final))], DuplicatePolicy.Reject, null, true, carried, ct);
            if (outcome.Errors.Count > 0)
            {
                var e = outcome.Errors[0];
                throw new ProblemException(SharedErrors.ValidationFailed, [new FieldError("finalRegisterValue", e.Code.Code, e.Detail is null ? e.Code.Title : $"{e.Code.Title} ({e.Detail})")]);
            }
            await overruns.CheckAsync(outcome.Touched, ct);
        }
        else
        {
            carried = await meters.LoadAsync([visible.Id], lockRows: true, ct);
        }
        var meter = carried[visible.Id];
        if (meter.LastReadAt is { } last && replacedAt < last)
        {
            throw ProblemException.ForField(EnergyErrors.ReplacementTooEarly, "replacedAt");
        }
        var before = meter.ToResponse();
        meter.RegisterDigits = digits;
        meter.LastRegisterMilli = Scaled.Milli(b.NewRegisterValue);
        meter.LastReadAt = replacedAt;
        meter.Version++;
        meter.UpdatedAt = clock.UtcNow;
        await meters.UpdateAsync(meter, meter.Version - 1, ct);
        await meters.InsertReplacementAsync(ids.NewId(), meter.Id, replacedAt, b.FinalRegisterValue is { } f ? Scaled.Milli(f) : null, meter.LastRegisterMilli.Value, digits, ct);
        audit.Record("Meter", meter.Id, meter.OrganId, AuditTrail.Diff(before, meter.ToResponse()));
        return meter.ToResponse();
    }
}

internal sealed record ListReplacementsQuery(Guid MeterId) : IQuery<IReadOnlyList<MeterReplacementResponse>>;

internal sealed class ListReplacementsHandler(MeterRepository meters) : IRequestHandler<ListReplacementsQuery, IReadOnlyList<MeterReplacementResponse>>
{
    public async Task<IReadOnlyList<MeterReplacementResponse>> Handle(ListReplacementsQuery query, CancellationToken ct)
    {
        _ = await meters.GetVisibleAsync(query.MeterId, ct) ?? throw new ProblemException(EnergyErrors.MeterNotFound);
        return (await meters.ReplacementsAsync(query.MeterId, ct)).Select(r => new MeterReplacementResponse(
            r.ReplacedAt, r.FinalRegisterMilli is { } f ? Scaled.FromMilli(f) : null, Scaled.FromMilli(r.NewRegisterMilli), r.RegisterDigits)).ToList();
    }
}
