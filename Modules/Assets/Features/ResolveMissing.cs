using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Assets.Support;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Assets.Features;

/// <summary>Resolve missing (Assets_ResolveMissing): the route.</summary>
internal static class ResolveMissing
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder assets) =>
        assets.MapPost("/{id:guid}/resolve-missing", Handle).WithName("Assets_ResolveMissing")
            .WithSummary("Clear the missing flag (盘亏) a stock-take set")
            .WithDescription("With a note saying what happened (found, written off) and optionally the room it was found in. An asset not flagged is 409 assets.not-missing. A later stock-take scan that sees the asset clears the flag too.")
            .Produces<AssetResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(AssetsModule.WriteScope);

    private static async Task<Ok<AssetResponse>> Handle(Guid id, ResolveMissingRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new ResolveMissingCommand(id, body), ct), a => a.Version);
}

internal sealed record ResolveMissingCommand(Guid Id, ResolveMissingRequest Body) : ICommand<AssetResponse>;

internal sealed class ResolveMissingValidator : AbstractValidator<ResolveMissingCommand>
{
    public ResolveMissingValidator() => RuleFor(c => c.Body.Note).NotEmpty().MaximumLength(500);
}

/// <summary>Clears the missing flag a closed stock-take set (found again, or written off by a disposal afterwards); the note says which.</summary>
internal sealed class ResolveMissingHandler(AssetLedger ledger, IMediator mediator) : IRequestHandler<ResolveMissingCommand, AssetResponse>
{
    public async Task<AssetResponse> Handle(ResolveMissingCommand command, CancellationToken ct)
    {
        var room = await References.RoomAsync(mediator, command.Body.RoomId, "roomId", ct);
        var row = await ledger.LockVisibleAsync(command.Id, ct);
        if (row.MissingStocktakeId is null)
        {
            throw new ProblemException(AssetsErrors.NotMissing);
        }
        var before = row.ToResponse();
        row.MissingStocktakeId = null;
        row.RoomId = room ?? row.RoomId;
        return await ledger.SaveAsync(row, before, AssetEventKind.MissingResolved, command.Body.Note, null, ct);
    }
}
