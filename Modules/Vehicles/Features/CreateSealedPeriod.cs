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
using OrganAffairs.Vehicles.Data;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Add a sealed period (Vehicles_CreateSealedPeriod): the route.</summary>
internal static class CreateSealedPeriod
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder sealedPeriods) =>
        sealedPeriods.MapPost("/", Handle).WithName("Vehicles_CreateSealedPeriod")
            .WithSummary("Add a sealed period to the calendar (the bureau's work; 新增节假日封存期)")
            .WithDescription("Dispatch of a trip with any business day inside the period needs an emergency approval reference. Bureau only (403 otherwise).")
            .Produces<SealedPeriodResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(VehiclesModule.WriteScope);

    private static async Task<Created<SealedPeriodResponse>> Handle(CreateSealedPeriodRequest body, IMediator mediator, CancellationToken ct)
    {
        var period = await mediator.Send(new CreateSealedPeriodCommand(body), ct);
        return TypedResults.Created($"{VehiclesEndpoints.Root}/sealed-periods?from={period.StartsOn:yyyy-MM-dd}", period);
    }
}

internal sealed record CreateSealedPeriodCommand(CreateSealedPeriodRequest Body) : ICommand<SealedPeriodResponse>;

internal sealed class CreateSealedPeriodValidator : AbstractValidator<CreateSealedPeriodCommand>
{
    public CreateSealedPeriodValidator()
    {
        RuleFor(c => c.Body.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.StartsOn).NotEmpty();
        RuleFor(c => c.Body.EndsOn).Must((c, end) => end >= c.Body.StartsOn && end.DayNumber - c.Body.StartsOn.DayNumber <= 366)
            .WithErrorCode(VehiclesErrors.SealedPeriodInvalid.Code).WithMessage(_ => VehiclesErrors.SealedPeriodInvalid.Title);
    }
}

/// <summary>节假日封存: the bureau keeps the calendar of sealed periods.</summary>
internal sealed class CreateSealedPeriodHandler(TripRepository trips, OrganScope scope, AuditTrail audit, IdGenerator ids)
    : IRequestHandler<CreateSealedPeriodCommand, SealedPeriodResponse>
{
    public async Task<SealedPeriodResponse> Handle(CreateSealedPeriodCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var row = new SealedPeriodRow { Id = ids.NewId(), Name = command.Body.Name.Trim(), StartsOn = command.Body.StartsOn, EndsOn = command.Body.EndsOn };
        await trips.InsertSealedPeriodAsync(row, ct);
        var response = new SealedPeriodResponse(row.Id, row.Name, row.StartsOn, row.EndsOn);
        audit.Record("SealedPeriod", row.Id, null, AuditTrail.Diff(null, response));
        return response;
    }
}
