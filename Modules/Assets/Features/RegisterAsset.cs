using FluentValidation;
using MediatR;
using OrganAffairs.Assets.Data;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Assets.Features;

internal sealed record RegisterAssetCommand(RegisterAssetRequest Body) : ICommand<AssetResponse>;

internal sealed class RegisterAssetValidator : AbstractValidator<RegisterAssetCommand>
{
    public RegisterAssetValidator()
    {
        RuleFor(c => c.Body.Tag).NotEmpty().MaximumLength(40);
        RuleFor(c => c.Body.Category).IsInEnum();
        RuleFor(c => c.Body.Model).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.Manufacturer).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.Serial).MaximumLength(100);
        RuleFor(c => c.Body.PurchasedOn).NotEmpty();
        RuleFor(c => c.Body.PurchasePrice).Must(Yuan.IsValid).WithErrorCode(AssetsErrors.MoneyInvalid.Code).WithMessage(_ => AssetsErrors.MoneyInvalid.Title);
        RuleFor(c => c.Body.WarrantyEndsOn).Must((c, w) => w is null || w >= c.Body.PurchasedOn)
            .WithErrorCode(AssetsErrors.DateInvalid.Code).WithMessage(_ => AssetsErrors.DateInvalid.Title);
    }
}

/// <summary>Registering equipment is the bureau's work: a new asset is in its stock, held by nobody.</summary>
internal sealed class RegisterAssetHandler(AssetRepository assets, AssetLedger ledger, IMediator mediator, OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<RegisterAssetCommand, AssetResponse>
{
    public async Task<AssetResponse> Handle(RegisterAssetCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        if (b.PurchasedOn > clock.Today)
        {
            throw ProblemException.ForField(AssetsErrors.DateInvalid, "purchasedOn");
        }
        var room = await References.RoomAsync(mediator, b.RoomId, "roomId", ct);
        var now = clock.UtcNow;
        var row = new AssetRow
        {
            Id = ids.NewId(),
            Tag = b.Tag.Trim(),
            Category = b.Category,
            Model = b.Model.Trim(),
            Manufacturer = b.Manufacturer.Trim(),
            Serial = AssetMapping.Clean(b.Serial),
            PurchasedOn = b.PurchasedOn,
            PurchasePriceFen = Yuan.ToFen(b.PurchasePrice),
            WarrantyEndsOn = b.WarrantyEndsOn,
            Status = AssetStatus.InStock,
            RoomId = room,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        try
        {
            await assets.InsertAsync(row, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(AssetsErrors.TagTaken);
        }
        await ledger.RecordAsync(row, AssetEventKind.Registered, null, null, ct);
        var response = row.ToResponse();
        audit.Record("Asset", row.Id, null, AuditTrail.Diff(null, response));
        return response;
    }
}
