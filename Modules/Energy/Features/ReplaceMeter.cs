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

/// <summary>Replace a cumulative meter (换表): end the old register and start a new one (Energy_ReplaceMeter): the route.</summary>
internal static class ReplaceMeter
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder meters) =>
        meters.MapPost("/{id:guid}/replacements", Handle).WithName("Energy_ReplaceMeter")
            .WithSummary("Replace a cumulative meter (换表): end the old register and start a new one")
            .WithDescription("The optional final reading of the old register is recorded at replacedAt like any reading; the next reading is measured against the new register's starting value, so a lower value after a replacement is not a register going backwards.")
            .Produces<MeterResponse>().Problems(400, 404, 409, 413, 415, 422)
            .RequireScope(EnergyModule.WriteScope);

    private static async Task<Ok<MeterResponse>> Handle(Guid id, ReplaceMeterRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new ReplaceMeterCommand(id, body), ct), m => m.Version);
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
