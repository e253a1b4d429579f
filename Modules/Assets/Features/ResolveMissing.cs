using FluentValidation;
using MediatR;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Assets.Features;

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
