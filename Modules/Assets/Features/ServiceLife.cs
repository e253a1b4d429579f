using FluentValidation;
using MediatR;
using OrganAffairs.Assets.Data;
using OrganAffairs.Contracts.Assets;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Assets.Features;

internal static class ServiceLife
{
    public static ServiceLifeRuleResponse ToResponse(ServiceLifeRow r) => new(r.Id, r.Jurisdiction, r.Category, r.Years, r.EffectiveFrom, r.EffectiveTo, r.Source);

    /// <summary>The division whose rules apply to an asset: its holder's, or the bureau's while it is in stock.</summary>
    public static async Task<string?> DivisionAsync(IMediator mediator, BureauOrgan bureau, AssetRow asset, CancellationToken ct) =>
        (asset.HolderOrganId ?? bureau.Id) is { } id ? (await mediator.Send(new GetOrganQuery(id), ct))?.DivisionCode : null;

    /// <summary>
    /// The end of an asset's service life by the rule in force on <paramref name="on"/> for the division; null when no
    /// rule covers the category. It ends on the anniversary of the purchase: disposal that day is allowed.
    /// </summary>
    public static (ServiceLifeRow Rule, DateOnly EndsOn)? EndOfLife(IEnumerable<ServiceLifeRow> versions, string? division, AssetRow asset, DateOnly on) =>
        RuleResolver.Resolve(versions.Where(r => r.Category == asset.Category), division, on) is { } rule ? (rule, asset.PurchasedOn.AddYears(rule.Years)) : null;
}

internal sealed record CreateServiceLifeRuleCommand(CreateServiceLifeRuleRequest Body) : ICommand<ServiceLifeRuleResponse>;

internal sealed class CreateServiceLifeRuleValidator : AbstractValidator<CreateServiceLifeRuleCommand>
{
    public CreateServiceLifeRuleValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).NotEmpty().Must(Jurisdictions.IsJurisdiction)
            .WithErrorCode(AssetsErrors.Jurisdiction.Code).WithMessage(_ => AssetsErrors.Jurisdiction.Title);
        RuleFor(c => c.Body.Category).IsInEnum();
        RuleFor(c => c.Body.Years).InclusiveBetween(1, 50);
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).NotEmpty().MaximumLength(500);
    }
}

/// <summary>A rule edit is a new version: the version it supersedes (same category and jurisdiction) ends the day before.</summary>
internal sealed class CreateServiceLifeRuleHandler(ServiceLifeRepository lives, OrganScope scope, AuditTrail audit, IdGenerator ids)
    : IRequestHandler<CreateServiceLifeRuleCommand, ServiceLifeRuleResponse>
{
    public async Task<ServiceLifeRuleResponse> Handle(CreateServiceLifeRuleCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        var versions = (await lives.VersionsAsync([b.Jurisdiction], ct)).Where(r => r.Category == b.Category).ToList();
        var plan = RuleVersionPlan<ServiceLifeRow>.For(versions, b.EffectiveFrom);
        await plan.SupersedeAsync(AssetsErrors.RuleVersionExists, audit, "AssetServiceLife", v => v.Id, lives.SetEffectiveToAsync, ct);
        var row = new ServiceLifeRow
        {
            Id = ids.NewId(), Category = b.Category, Jurisdiction = b.Jurisdiction, EffectiveFrom = b.EffectiveFrom, EffectiveTo = plan.EffectiveTo,
            Years = b.Years, Source = b.Source.Trim(),
        };
        try
        {
            await lives.InsertAsync(row, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(AssetsErrors.RuleVersionExists);
        }
        var response = ServiceLife.ToResponse(row);
        audit.Record("AssetServiceLife", row.Id, null, AuditTrail.Diff(null, response));
        return response;
    }
}

internal sealed record ListServiceLifeRulesQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<ServiceLifeRuleResponse>>;

internal sealed class ListServiceLifeRulesValidator : AbstractValidator<ListServiceLifeRulesQuery>
{
    public ListServiceLifeRulesValidator() =>
        RuleFor(q => q.Jurisdiction).Must(j => j is null || Jurisdictions.IsJurisdiction(j))
            .WithErrorCode(AssetsErrors.Jurisdiction.Code).WithMessage(_ => AssetsErrors.Jurisdiction.Title);
}

/// <summary>Every version, or with `on` per category the most specific version in force for the jurisdiction.</summary>
internal sealed class ListServiceLifeRulesHandler(ServiceLifeRepository lives) : IRequestHandler<ListServiceLifeRulesQuery, IReadOnlyList<ServiceLifeRuleResponse>>
{
    public async Task<IReadOnlyList<ServiceLifeRuleResponse>> Handle(ListServiceLifeRulesQuery query, CancellationToken ct)
    {
        if (query.On is { } on)
        {
            var chain = await lives.VersionsAsync(Jurisdictions.ChainOf(query.Jurisdiction), ct);
            return RuleResolver.ResolveEach(chain, r => r.Category, query.Jurisdiction, on).OrderBy(r => r.Category).Select(ServiceLife.ToResponse).ToList();
        }
        return (await lives.VersionsAsync(query.Jurisdiction is null ? null : [query.Jurisdiction], ct)).Select(ServiceLife.ToResponse).ToList();
    }
}

/// <summary>使用年限届满: assets not disposed whose service life ends on or before `on` + withinDays.</summary>
internal sealed record ListEndOfLifeQuery(DateOnly? On, int WithinDays, Guid? HolderOrganId, AssetCategory? Category, PageRequest Page) : IQuery<PagedResult<EndOfLifeResponse>>;

internal sealed class ListEndOfLifeValidator : AbstractValidator<ListEndOfLifeQuery>
{
    public ListEndOfLifeValidator() => RuleFor(q => q.WithinDays).InclusiveBetween(0, 3660).OverridePropertyName("withinDays");
}

internal sealed class ListEndOfLifeHandler(AssetRepository assets, ServiceLifeRepository lives, IMediator mediator, BureauOrgan bureau, BusinessClock clock)
    : IRequestHandler<ListEndOfLifeQuery, PagedResult<EndOfLifeResponse>>
{
    public async Task<PagedResult<EndOfLifeResponse>> Handle(ListEndOfLifeQuery query, CancellationToken ct)
    {
        var on = query.On ?? clock.Today;
        var until = on.AddDays(query.WithinDays);
        var rows = await assets.AllAsync(new AssetFilter(query.Category, null, query.HolderOrganId, null, null, null, ExcludeDisposed: true), ct);
        var versions = await lives.VersionsAsync(null, ct);
        var divisions = new Dictionary<Guid, string?>();
        var due = new List<EndOfLifeResponse>();
        foreach (var row in rows)
        {
            var key = row.HolderOrganId ?? Guid.Empty;
            if (!divisions.TryGetValue(key, out var division))
            {
                divisions[key] = division = await ServiceLife.DivisionAsync(mediator, bureau, row, ct);
            }
            if (ServiceLife.EndOfLife(versions, division, row, on) is { } end && end.EndsOn <= until)
            {
                due.Add(new EndOfLifeResponse(row.ToResponse(), end.Rule.Years, end.EndsOn, end.Rule.Source));
            }
        }
        var page = due.OrderBy(d => d.EndOfLifeOn).ThenBy(d => d.Asset.Tag, StringComparer.Ordinal).Skip(query.Page.Skip).Take(query.Page.Take).ToList();
        return new PagedResult<EndOfLifeResponse>(page, query.Page.Page, query.Page.PageSize, due.Count);
    }
}
