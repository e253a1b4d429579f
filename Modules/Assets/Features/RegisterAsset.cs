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
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Assets.Features;

/// <summary>Register asset (Assets_RegisterAsset): the route.</summary>
internal static class RegisterAsset
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder assets) =>
        assets.MapPost("/", Handle).WithName("Assets_RegisterAsset")
            .WithSummary("Register an item of office equipment (登记办公设备)")
            .WithDescription("The bureau's work (403 auth.bureau-only otherwise). The asset tag (资产编号) is unique (409 assets.tag-taken); the asset starts InStock, held by nobody, optionally in a room of the Buildings module. Money in CNY with 2 decimals. Accepts Idempotency-Key.")
            .Produces<AssetResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(AssetsModule.WriteScope);

    private static async Task<Created<AssetResponse>> Handle(RegisterAssetRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var asset = await mediator.Send(new RegisterAssetCommand(body), ct);
        return ETags.Created(http, $"{AssetsEndpoints.Root}/{asset.Id}", asset, a => a.Version);
    }
}

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
