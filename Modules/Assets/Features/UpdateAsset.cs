using FluentValidation;
using MediatR;
using OrganAffairs.Assets.Data;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Assets.Features;

internal sealed record UpdateAssetCommand(Guid Id, long ExpectedVersion, UpdateAssetRequest Body) : ICommand<AssetResponse>;

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
        if (row.Version != command.ExpectedVersion)
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
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
        row.Version = command.ExpectedVersion + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await assets.UpdateAsync(row, command.ExpectedVersion, ct))
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        var after = row.ToResponse();
        audit.Record("Asset", row.Id, row.HolderOrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
