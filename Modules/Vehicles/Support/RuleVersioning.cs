using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Vehicles.Data;

namespace OrganAffairs.Vehicles.Support;

/// <summary>
/// A rule edit is a new version, never an overwrite: the version it supersedes (same kind, key and
/// jurisdiction) ends the day before; a later version already scheduled bounds the new one.
/// </summary>
internal sealed class RuleVersioning(RuleRepository rules, AuditTrail audit, IdGenerator ids)
{
    public async Task<RuleRow> AddAsync(string kind, string key, string jurisdiction, DateOnly from, string value, string source, CancellationToken ct)
    {
        var versions = (await rules.VersionsAsync(kind, [jurisdiction], ct)).Where(r => r.RuleKey == key).ToList();
        var plan = RuleVersionPlan<RuleRow>.For(versions, from);
        await plan.SupersedeAsync(VehiclesErrors.RuleVersionExists, audit, "VehicleRule", v => v.Id, rules.SetEffectiveToAsync, ct);
        var row = new RuleRow
        {
            Id = ids.NewId(),
            Kind = kind,
            RuleKey = key,
            Jurisdiction = jurisdiction,
            EffectiveFrom = from,
            EffectiveTo = plan.EffectiveTo,
            Value = value,
            Source = source.Trim(),
        };
        try
        {
            await rules.InsertAsync(row, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(VehiclesErrors.RuleVersionExists);
        }
        audit.Record("VehicleRule", row.Id, null, AuditTrail.Diff(null, row));
        return row;
    }
}
