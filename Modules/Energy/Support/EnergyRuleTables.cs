using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Energy.Support;

/// <summary>The kinds of rule kept in energy_rule and their directions (docs/adr/0021): none is a ceiling.</summary>
internal static class EnergyRuleTables
{
    public static readonly RuleTableDefinition<RuleRow> StandardCoal = Plain(RuleKinds.Coal);

    public static readonly RuleTableDefinition<RuleRow> Co2Factors = Plain(RuleKinds.Co2);

    public static readonly RuleTableDefinition<RuleRow> FuelDensities = Plain(RuleKinds.Density);

    /// <summary>Plan-period targets: a local plan replaces the national one where it applies.</summary>
    public static readonly RuleTableDefinition<RuleRow> PlanTargets = Plain(RuleKinds.PlanTarget);

    /// <summary>The module's settings (report due date, anomaly threshold, silent-meter days).</summary>
    public static readonly RuleTableDefinition<RuleRow> Settings = Plain(RuleKinds.Settings);

    public static RuleTableDefinition<RuleRow> Of(CoefficientTable table) => table switch
    {
        CoefficientTable.StandardCoal => StandardCoal,
        CoefficientTable.Co2 => Co2Factors,
        _ => FuelDensities,
    };

    private static RuleTableDefinition<RuleRow> Plain(string kind) => RuleTableDefinition<RuleRow>.Plain("energy_rule/" + kind, "EnergyRule", EnergyErrors.RuleVersionExists);
}
