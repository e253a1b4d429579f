using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Assets.Data;
using OrganAffairs.Assets.Support;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Assets.Features;

/// <summary>Update asset (Assets_UpdateAsset): the route.</summary>
internal static class UpdateAsset
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder assets) =>
        assets.MapPut("/{id:guid}", Handle).WithName("Assets_UpdateAsset")
            .WithSummary("Update an asset's category, model, manufacturer, serial and warranty (If-Match required; 修改资产信息)")
            .WithDescription("Status, holder and room change only through the actions (领用, 归还, 移动, 维修, 处置), which keep the history. A disposed asset cannot change (409).")
            .Produces<AssetResponse>().UpdateProblems()
            .RequireScope(AssetsModule.WriteScope);

    private static async Task<Ok<AssetResponse>> Handle(Guid id, UpdateAssetRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateAssetCommand(id, ETags.RequireIfMatch(http), body), ct), a => a.Version);
}

internal sealed record UpdateAssetCommand(Guid Id, IfMatch IfMatch, UpdateAssetRequest Body) : ICommand<AssetResponse>;

internal sealed class UpdateAssetValidator : AbstractValidator<UpdateAssetCommand>
{
    public UpdateAssetValidator()
    {
        RuleFor(c => c.Body.Category).IsInEnum();
        RuleFor(c => c.Body.Model).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.Manufacturer).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.Serial).MaximumLength(100);
    }
}

/// <summary>Descriptive fields only: status, holder and location change through the actions, which keep the history.</summary>
internal sealed class UpdateAssetHandler(AssetRepository assets, AuditTrail audit, BusinessClock clock) : IRequestHandler<UpdateAssetCommand, AssetResponse>
{
    public async Task<AssetResponse> Handle(UpdateAssetCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var row = await assets.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(AssetsErrors.AssetNotFound);
        var expectedVersion = command.IfMatch.Against(row.Version);
        if (row.Status == AssetStatus.Disposed)
        {
            throw new ProblemException(AssetsErrors.AssetDisposed);
        }
        if (b.WarrantyEndsOn is { } warranty && warranty < row.PurchasedOn)
        {
            throw ProblemException.ForField(AssetsErrors.DateInvalid, "warrantyEndsOn");
        }
        var before = row.ToResponse();
        row.Category = b.Category;
        row.Model = b.Model.Trim();
        row.Manufacturer = b.Manufacturer.Trim();
        row.Serial = AssetMapping.Clean(b.Serial);
        row.WarrantyEndsOn = b.WarrantyEndsOn;
        row.Version = expectedVersion + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await assets.UpdateAsync(row, expectedVersion, ct))
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        var after = row.ToResponse();
        audit.Record("Asset", row.Id, row.HolderOrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
