using MediatR;
using OrganAffairs.Assets.Data;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Assets.Support;

/// <summary>The service-life rule table (使用年限) as the API shows it, and the division whose rules apply to an asset.</summary>
internal static class ServiceLife
{
    public static ServiceLifeRuleResponse ToResponse(ServiceLifeRow r) => new(r.Id, r.Jurisdiction, r.Category, r.Years, r.EffectiveFrom, r.EffectiveTo, r.Source, r.DocumentId);

    /// <summary>The division whose rules apply to an asset: its holder's, or the bureau's while it is in stock.</summary>
    public static async Task<string?> DivisionAsync(IMediator mediator, BureauOrgan bureau, AssetRow asset, CancellationToken ct) =>
        (asset.HolderOrganId ?? bureau.Id) is { } id ? (await mediator.Send(new GetOrganQuery(id), ct))?.DivisionCode : null;
}
