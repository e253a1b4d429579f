using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Domain;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>Register a building (登记办公楼) (Buildings_CreateBuilding): the route.</summary>
internal static class CreateBuilding
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder buildings) =>
        buildings.MapPost("/", Handle).WithName("Buildings_CreateBuilding")
            .WithSummary("Register a building (登记办公楼)")
            .WithDescription("The code is unique (409). Areas are m² with at most 2 decimals. Registering space is the bureau's own work (403 for other organs). Accepts Idempotency-Key.")
            .Produces<BuildingResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(BuildingsModule.WriteScope);

    private static async Task<Created<BuildingResponse>> Handle(CreateBuildingRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var building = await mediator.Send(new CreateBuildingCommand(body), ct);
        return ETags.Created(http, $"{BuildingsEndpoints.Root}/{building.Id}", building, b => b.Version);
    }
}

internal sealed record CreateBuildingCommand(CreateBuildingRequest Body) : ICommand<BuildingResponse>;

internal sealed class CreateBuildingValidator : AbstractValidator<CreateBuildingCommand>
{
    public CreateBuildingValidator(TimeProvider clock)
    {
        RuleFor(c => c.Body.Code).NotEmpty().MaximumLength(30).Matches("^[A-Za-z0-9-]+$");
        RuleFor(c => c.Body.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.Address).NotEmpty().MaximumLength(300);
        RuleFor(c => c.Body.Ownership).IsInEnum();
        RuleFor(c => c.Body.GrossArea).Must(Area.IsValid)
            .WithErrorCode(BuildingsErrors.AreaInvalid.Code).WithMessage(_ => BuildingsErrors.AreaInvalid.Title);
        RuleFor(c => c.Body.YearBuilt).InclusiveBetween(1800, clock.GetUtcNow().Year + 1);
    }
}

/// <summary>Registers a building; the code is unique. Space is the bureau's own work.</summary>
internal sealed class CreateBuildingHandler(SpaceRepository space, OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateBuildingCommand, BuildingResponse>
{
    public async Task<BuildingResponse> Handle(CreateBuildingCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var body = command.Body;
        var now = clock.UtcNow;
        var row = new BuildingRow
        {
            Id = ids.NewId(),
            Code = body.Code.Trim(),
            Name = body.Name.Trim(),
            Address = body.Address.Trim(),
            Ownership = body.Ownership,
            TitleRegistered = body.TitleRegisteredToBureau,
            GrossAreaCenti = Area.ToCenti(body.GrossArea),
            YearBuilt = body.YearBuilt,
            Status = SpaceStatus.Active,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        try
        {
            await space.InsertBuildingAsync(row, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(BuildingsErrors.BuildingCodeTaken);
        }
        audit.Record("Building", row.Id, null, AuditTrail.Diff(null, row.ToResponse()));
        return row.ToResponse();
    }
}
