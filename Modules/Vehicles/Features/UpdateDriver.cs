using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Update a driver (Vehicles_UpdateDriver): the route.</summary>
internal static class UpdateDriver
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder drivers) =>
        drivers.MapPut("/{id:guid}", Handle).WithName("Vehicles_UpdateDriver")
            .WithSummary("Update a driver's name, licence and status (If-Match required; 修改驾驶员信息)")
            .WithDescription("E.g. after a licence renewal. A retired driver is never dispatched.")
            .Produces<DriverResponse>().UpdateProblems()
            .RequireScope(VehiclesModule.WriteScope);

    private static async Task<Ok<DriverResponse>> Handle(Guid id, UpdateDriverRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateDriverCommand(id, ETags.RequireIfMatch(http), body), ct), d => d.Version);
}

internal sealed record UpdateDriverCommand(Guid Id, IfMatch IfMatch, UpdateDriverRequest Body) : ICommand<DriverResponse>;

internal sealed class UpdateDriverValidator : AbstractValidator<UpdateDriverCommand>
{
    public UpdateDriverValidator()
    {
        RuleFor(c => c.Body.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.LicenceClass).NotEmpty().MaximumLength(10);
        RuleFor(c => c.Body.LicenceExpiresOn).NotEmpty();
        RuleFor(c => c.Body.Status).IsInEnum();
    }
}

internal sealed class UpdateDriverHandler(DriverRepository drivers, RuleRepository rules, IMediator mediator, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<UpdateDriverCommand, DriverResponse>
{
    public async Task<DriverResponse> Handle(UpdateDriverCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var row = await drivers.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(VehiclesErrors.DriverNotFound);
        var expectedVersion = command.IfMatch.Against(row.Version);
        if (b.LicenceClass != row.LicenceClass)
        {
            var organ = await VehicleRules.OrganAsync(mediator, row.OrganId, "organId", ct);
            await DriverMapping.EnsureClassAsync(rules, b.LicenceClass, organ.DivisionCode, clock.Today, ct);
        }
        var before = row.ToResponse();
        row.Name = b.Name.Trim();
        row.LicenceClass = b.LicenceClass;
        row.LicenceExpiresOn = b.LicenceExpiresOn;
        row.Status = b.Status;
        row.Version = expectedVersion + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await drivers.UpdateAsync(row, expectedVersion, ct))
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        var after = row.ToResponse();
        audit.Record("Driver", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
