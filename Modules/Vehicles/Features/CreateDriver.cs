using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Register a driver (Vehicles_CreateDriver): the route.</summary>
internal static class CreateDriver
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder drivers) =>
        drivers.MapPost("/", Handle).WithName("Vehicles_CreateDriver")
            .WithSummary("Register a driver (驾驶员)")
            .WithDescription("The licence class must be in the licence-class rule in force for the organ's division. Accepts Idempotency-Key.")
            .Produces<DriverResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(VehiclesModule.WriteScope);

    private static async Task<Created<DriverResponse>> Handle(CreateDriverRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var driver = await mediator.Send(new CreateDriverCommand(body), ct);
        return ETags.Created(http, $"{VehiclesEndpoints.Root}/drivers/{driver.Id}", driver, d => d.Version);
    }
}

internal sealed record CreateDriverCommand(CreateDriverRequest Body) : ICommand<DriverResponse>;

internal sealed class CreateDriverValidator : AbstractValidator<CreateDriverCommand>
{
    public CreateDriverValidator()
    {
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.LicenceClass).NotEmpty().MaximumLength(10);
        RuleFor(c => c.Body.LicenceExpiresOn).NotEmpty();
    }
}

internal sealed class CreateDriverHandler(DriverRepository drivers, RuleRepository rules, IMediator mediator, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateDriverCommand, DriverResponse>
{
    public async Task<DriverResponse> Handle(CreateDriverCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var organ = await VehicleRules.OrganAsync(mediator, b.OrganId, "organId", ct);
        await DriverMapping.EnsureClassAsync(rules, b.LicenceClass, organ.DivisionCode, clock.Today, ct);
        var now = clock.UtcNow;
        var row = new DriverRow
        {
            Id = ids.NewId(), OrganId = organ.Id, Name = b.Name.Trim(), LicenceClass = b.LicenceClass, LicenceExpiresOn = b.LicenceExpiresOn,
            Status = DriverStatus.Active, Version = 1, CreatedAt = now, UpdatedAt = now,
        };
        await drivers.InsertAsync(row, ct);
        var response = row.ToResponse();
        audit.Record("Driver", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}
