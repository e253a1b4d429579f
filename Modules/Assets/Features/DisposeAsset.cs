using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Assets.Data;
using OrganAffairs.Assets.Domain;
using OrganAffairs.Assets.Support;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Assets.Features;

/// <summary>Dispose asset (Assets_DisposeAsset): the route.</summary>
internal static class DisposeAsset
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder assets) =>
        assets.MapPost("/{id:guid}/dispose", Handle).WithName("Assets_DisposeAsset")
            .WithSummary("Dispose of an asset (处置): it stays on record")
            .WithDescription("The bureau's work (403 otherwise). Never a deletion: the asset stays Disposed with method, date and approval reference. It must be in stock or in repair (409 for an assigned one), have no reservation to come (409 assets.has-reservations), and have reached its service life (使用年限) by the rule in force on disposedOn for its holder's division (422 assets.service-life-not-reached, naming the rule and its source) — unless a technical appraisal reference (技术鉴定) says it is damaged.")
            .Produces<AssetResponse>().Problems(400, 403, 404, 409, 413, 415, 422)
            .RequireScope(AssetsModule.WriteScope);

    private static async Task<Ok<AssetResponse>> Handle(Guid id, DisposeAssetRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new DisposeAssetCommand(id, body), ct), a => a.Version);
}

internal sealed record DisposeAssetCommand(Guid Id, DisposeAssetRequest Body) : ICommand<AssetResponse>;

internal sealed class DisposeAssetValidator : AbstractValidator<DisposeAssetCommand>
{
    public DisposeAssetValidator()
    {
        RuleFor(c => c.Body.Method).IsInEnum();
        RuleFor(c => c.Body.DisposedOn).NotEmpty();
        RuleFor(c => c.Body.Reference).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.AppraisalReference).MaximumLength(200);
    }
}

/// <summary>
/// 处置, the bureau's work. The asset is never deleted: it stays Disposed with method, date and reference.
/// It must be back in stock (or in repair), have no reservation to come, and have reached its service life
/// (使用年限, the rule in force on the disposal date) unless a technical appraisal reference says it is damaged.
/// </summary>
internal sealed class DisposeAssetHandler(
    AssetLedger ledger, ReservationRepository reservations, ServiceLifeRepository lives, IMediator mediator, OrganScope scope, BureauOrgan bureau, BusinessClock clock)
    : IRequestHandler<DisposeAssetCommand, AssetResponse>
{
    public async Task<AssetResponse> Handle(DisposeAssetCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        if (b.DisposedOn > clock.Today)
        {
            throw ProblemException.ForField(AssetsErrors.DateInvalid, "disposedOn");
        }
        var row = await ledger.LockVisibleAsync(command.Id, ct);
        if (row.Status is AssetStatus.Disposed)
        {
            throw new ProblemException(AssetsErrors.AssetDisposed);
        }
        if (row.Status is AssetStatus.Assigned)
        {
            throw new ProblemException(AssetsErrors.AssetState, detail: "Assigned: check it in first");
        }
        if (b.DisposedOn < row.PurchasedOn)
        {
            throw ProblemException.ForField(AssetsErrors.DateInvalid, "disposedOn");
        }
        if (await reservations.PendingCountAsync(row.Id, clock.UtcNow, ct) > 0)
        {
            throw new ProblemException(AssetsErrors.HasReservations);
        }
        var appraisal = AssetMapping.Clean(b.AppraisalReference);
        if (appraisal is null)
        {
            var division = await ServiceLife.DivisionAsync(mediator, bureau, row, ct);
            var end = EndOfLife.Of(await lives.VersionsAsync(Shared.Rules.Jurisdictions.ChainOf(division), ct), division, row.Category, row.PurchasedOn, b.DisposedOn);
            if (end is { } e && b.DisposedOn < e.EndsOn)
            {
                throw new ProblemException(AssetsErrors.ServiceLifeNotReached, detail: $"{row.Category}: {e.Rule.Years} years from {row.PurchasedOn:yyyy-MM-dd}, ends {e.EndsOn:yyyy-MM-dd} — {e.Rule.Source}");
            }
        }
        var before = row.ToResponse();
        row.Status = AssetStatus.Disposed;
        row.DisposalMethod = b.Method;
        row.DisposedOn = b.DisposedOn;
        row.DisposalReference = b.Reference.Trim();
        row.AppraisalReference = appraisal;
        return await ledger.SaveAsync(row, before, AssetEventKind.Disposed, appraisal is null ? b.Reference : $"{b.Reference}; {appraisal}", null, ct);
    }
}
