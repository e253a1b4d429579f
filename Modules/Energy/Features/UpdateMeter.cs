using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Energy.Features;

/// <summary>Change a meter's subsystem or retire it (If-Match required) (Energy_UpdateMeter): the route.</summary>
internal static class UpdateMeter
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder meters) =>
        meters.MapPut("/{id:guid}", Handle).WithName("Energy_UpdateMeter")
            .WithSummary("Change a meter's subsystem or retire it (If-Match required; 修改计量器具)")
            .WithDescription("A retired meter accepts no readings. Kind, unit, mode and register are fixed: another meter is a new meter, a new register is a replacement.")
            .Produces<MeterResponse>().UpdateProblems()
            .RequireScope(EnergyModule.WriteScope);

    private static async Task<Ok<MeterResponse>> Handle(Guid id, UpdateMeterRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateMeterCommand(id, ETags.RequireIfMatch(http), body), ct), m => m.Version);
}

internal sealed record UpdateMeterCommand(Guid Id, IfMatch IfMatch, UpdateMeterRequest Body) : ICommand<MeterResponse>;

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
        var expectedVersion = command.IfMatch.Against(row.Version);
        var before = row.ToResponse();
        // The subsystem applies to readings from now on; roll-ups already summed keep the subsystem they were read under.
        row.Subsystem = command.Body.Subsystem;
        row.Status = command.Body.Status;
        row.Version++;
        row.UpdatedAt = clock.UtcNow;
        if (await meters.UpdateAsync(row, expectedVersion, ct) == 0)
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        audit.Record("Meter", row.Id, row.OrganId, AuditTrail.Diff(before, row.ToResponse()));
        return row.ToResponse();
    }
}
