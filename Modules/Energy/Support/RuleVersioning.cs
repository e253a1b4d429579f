using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Support;

/// <summary>
/// A rule edit is a new version, never an overwrite: the versions in force on its start (same kind, key
/// and jurisdiction) end the day before; a later version already scheduled bounds it from above.
/// </summary>
internal sealed class RuleVersioning(RuleRepository rules, OrganScope scope, AuditTrail audit, IdGenerator ids)
{
    public async Task<RuleRow> AddAsync(string kind, string key, string jurisdiction, DateOnly from, DateOnly? to, string value, string source, Confidence confidence, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var versions = (await rules.VersionsAsync([kind], ct)).Where(r => r.RuleKey == key && r.Jurisdiction == jurisdiction).ToList();
        var plan = RuleVersionPlan<RuleRow>.For(versions, from);
        await plan.SupersedeAsync(EnergyErrors.RuleVersionExists, audit, "EnergyRule", v => v.Id, rules.SetEffectiveToAsync, ct);
        var effectiveTo = (to, plan.EffectiveTo) switch
        {
            ({ } a, { } b) => a < b ? a : b,
            ({ } a, null) => a,
            (null, var b) => b,
        };
        var row = new RuleRow
        {
            Id = ids.NewId(), Kind = kind, RuleKey = key, Jurisdiction = jurisdiction, EffectiveFrom = from, EffectiveTo = effectiveTo,
            Value = value, Source = source.Trim(), Confidence = confidence,
        };
        try
        {
            await rules.InsertAsync(row, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(EnergyErrors.RuleVersionExists);
        }
        audit.Record("EnergyRule", row.Id, null, AuditTrail.Diff(null, row));
        return row;
    }

    /// <summary>Every version of a kind, or with a date the most specific version per key in force for the jurisdiction.</summary>
    public async Task<IReadOnlyList<RuleRow>> ListAsync(string kind, string? jurisdiction, DateOnly? on, CancellationToken ct)
    {
        var versions = await rules.VersionsAsync([kind], ct);
        if (on is { } date)
        {
            return RuleResolver.ResolveEach(versions, v => v.RuleKey, jurisdiction, date).OrderBy(v => v.RuleKey, StringComparer.Ordinal).ToList();
        }
        return jurisdiction is null ? versions : versions.Where(v => v.Jurisdiction == jurisdiction).ToList();
    }
}
