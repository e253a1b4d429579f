using MediatR;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Energy.Support;

/// <summary>
/// The rule versions of one request, loaded once, resolved per jurisdiction chain and date: the version in
/// force on a reading's date is the one its calculation uses.
/// </summary>
internal sealed class EnergyRuleBook(RuleRepository rules, IMediator mediator)
{
    private static readonly string[] Kinds = [RuleKinds.Coal, RuleKinds.Co2, RuleKinds.Density, RuleKinds.PlanTarget, RuleKinds.Settings];
    private IReadOnlyList<RuleRow>? _versions;
    private readonly Dictionary<(string, string, string?, DateOnly), RuleRow?> _resolved = [];
    private readonly Dictionary<(string, EnergyKind, string?, DateOnly), decimal?> _coefficients = [];
    private readonly Dictionary<Guid, string?> _divisions = [];

    public async Task LoadAsync(CancellationToken ct) => _versions ??= await rules.VersionsAsync(Kinds, null, ct);

    public IReadOnlyList<RuleRow> Versions(string kind) =>
        (_versions ?? throw new InvalidOperationException("LoadAsync first.")).Where(v => v.Kind == kind).ToList();

    /// <summary>The organ's GB/T 2260 division code, which picks the jurisdiction chain (null: national only).</summary>
    public async Task<string?> DivisionOfAsync(Guid organId, CancellationToken ct)
    {
        if (!_divisions.TryGetValue(organId, out var division))
        {
            division = (await mediator.Send(new GetOrganQuery(organId), ct))?.DivisionCode;
            _divisions[organId] = division;
        }
        return division;
    }

    public RuleRow? Resolve(string kind, string key, string? division, DateOnly on)
    {
        var cacheKey = (kind, key, division, on);
        if (!_resolved.TryGetValue(cacheKey, out var row))
        {
            row = RuleResolver.Resolve(Versions(kind).Where(v => v.RuleKey == key), division, on);
            _resolved[cacheKey] = row;
        }
        return row;
    }

    /// <summary>Called per roll-up row and per fuel reading: the value is read from its JSON once per kind, division and day.</summary>
    public decimal? Coefficient(string kind, EnergyKind energyKind, string? division, DateOnly on)
    {
        var key = (kind, energyKind, division, on);
        if (!_coefficients.TryGetValue(key, out var value))
        {
            value = Resolve(kind, energyKind.ToString(), division, on) is { } row ? RuleJson.Read<CoefficientValue>(row.Value).Value : null;
            _coefficients[key] = value;
        }
        return value;
    }

    public SettingsValue? Settings(string? division, DateOnly on) =>
        Resolve(RuleKinds.Settings, RuleKinds.SettingsKey, division, on) is { } row ? RuleJson.Read<SettingsValue>(row.Value) : null;

    /// <summary>The plan whose period holds the year, most specific jurisdiction first; null: no target in force.</summary>
    public (RuleRow Row, PlanTargetValue Value)? PlanFor(string? division, int year)
    {
        var inForce = Versions(RuleKinds.PlanTarget).Where(v => v.InForce(new DateOnly(year, 7, 1)));
        foreach (var jurisdiction in Jurisdictions.ChainOf(division))
        {
            var match = inForce.Where(v => v.Jurisdiction == jurisdiction)
                .Select(v => (Row: v, Value: RuleJson.Read<PlanTargetValue>(v.Value)))
                .Where(p => p.Value.FirstYear <= year && year <= p.Value.LastYear)
                .OrderByDescending(p => p.Row.EffectiveFrom)
                .FirstOrDefault();
            if (match.Row is not null)
            {
                return match;
            }
        }
        return null;
    }

    /// <summary>Days on which some coefficient version starts or ends: a month containing one inside is summed by day.</summary>
    public IReadOnlySet<DateOnly> CoefficientBoundaries() =>
        Versions(RuleKinds.Coal).Concat(Versions(RuleKinds.Co2))
            .SelectMany(v => v.EffectiveTo is { } to ? new[] { v.EffectiveFrom, to.AddDays(1) } : [v.EffectiveFrom])
            .ToHashSet();
}
