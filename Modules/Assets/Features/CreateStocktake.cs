using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Assets.Data;
using OrganAffairs.Assets.Support;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Assets.Features;

/// <summary>Create stocktake (Assets_CreateStocktake): the route.</summary>
internal static class CreateStocktake
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder stocktakes) =>
        stocktakes.MapPost("/", Handle).WithName("Assets_CreateStocktake")
            .WithSummary("Open a stock-take (盘点) of an organ's or a building's assets")
            .WithDescription("Scope Organ (organId): the assets the organ holds; scope Building (buildingId, the bureau's work): the assets in the building's rooms. The expected list is fixed when the campaign opens. Accepts Idempotency-Key.")
            .Produces<StocktakeResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(AssetsModule.WriteScope);

    private static async Task<Created<StocktakeResponse>> Handle(CreateStocktakeRequest body, IMediator mediator, CancellationToken ct)
    {
        var stocktake = await mediator.Send(new CreateStocktakeCommand(body), ct);
        return TypedResults.Created($"{AssetsEndpoints.Root}/stocktakes/{stocktake.Id}", stocktake);
    }
}

internal sealed record CreateStocktakeCommand(CreateStocktakeRequest Body) : ICommand<StocktakeResponse>;

internal sealed class CreateStocktakeValidator : AbstractValidator<CreateStocktakeCommand>
{
    public CreateStocktakeValidator()
    {
        RuleFor(c => c.Body.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.Scope).IsInEnum();
        RuleFor(c => c.Body)
            .Must(b => b.Scope == StocktakeScope.Organ ? b.OrganId is not null && b.BuildingId is null : b.BuildingId is not null && b.OrganId is null)
            .When(c => Enum.IsDefined(c.Body.Scope)).OverridePropertyName("scope")
            .WithErrorCode(AssetsErrors.StocktakeScopeInvalid.Code).WithMessage(_ => AssetsErrors.StocktakeScopeInvalid.Title);
    }
}

/// <summary>
/// 盘点. Opens a campaign and freezes its expected list: for an organ, the assets it holds; for a building
/// (the bureau's work), the assets in its rooms, read through the Buildings module's contract query.
/// </summary>
internal sealed class CreateStocktakeHandler(
    AssetRepository assets, StocktakeRepository stocktakes, IMediator mediator, OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateStocktakeCommand, StocktakeResponse>
{
    public async Task<StocktakeResponse> Handle(CreateStocktakeCommand command, CancellationToken ct)
    {
        var b = command.Body;
        IReadOnlyList<AssetRow> expected;
        if (b.Scope == StocktakeScope.Organ)
        {
            var organ = await References.OrganAsync(mediator, b.OrganId!.Value, "organId", ct);
            expected = await assets.ExpectedAsync(organ.Id, null, ct);
        }
        else
        {
            scope.EnsureSeesAll();
            var rooms = await mediator.Send(new ListRoomsOfBuildingQuery(b.BuildingId!.Value), ct);
            if (rooms.Count == 0)
            {
                throw ProblemException.ForField(AssetsErrors.BuildingRefNotFound, "buildingId");
            }
            expected = await assets.ExpectedAsync(null, rooms.Select(r => r.Id).ToList(), ct);
        }
        var row = new StocktakeRow
        {
            Id = ids.NewId(), Name = b.Name.Trim(), Scope = b.Scope, OrganId = b.OrganId, BuildingId = b.BuildingId, Status = StocktakeStatus.Open,
            Version = 1, CreatedAt = clock.UtcNow,
        };
        await stocktakes.InsertAsync(row, ct);
        var items = expected.Select(a => new StocktakeItemRow
        {
            Id = ids.NewId(), StocktakeId = row.Id, AssetId = a.Id, Expected = true, ExpectedRoomId = a.RoomId, Result = StocktakeResult.Pending,
        }).ToList();
        if (items.Count > 0)
        {
            await stocktakes.InsertItemsAsync(items, ct);
        }
        var response = StocktakeMapping.ToResponse(row, items);
        audit.Record("AssetStocktake", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}
