using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Domain;

namespace OrganAffairs.ForeignAffairs.Support;

/// <summary>Limits rows to answers, request values to the domain record.</summary>
internal static class LimitsMapping
{
    public static OutboundLimits ToDomain(OutboundLimitsValue v) => new(
        v.MaxMembers, v.MaxDaysOneCountry, v.MaxDaysTwoCountries, v.MaxDaysThreeCountries, v.MaxCountries, v.ExtraDays, v.OfficialShareNumerator, v.OfficialShareDenominator);

    public static OutboundLimitsResponse ToResponse(RuleRow row)
    {
        var l = ForeignAffairsRuleTables.Read(row);
        return new OutboundLimitsResponse(row.Id, row.Jurisdiction, row.EffectiveFrom, row.EffectiveTo,
            new OutboundLimitsValue(l.MaxMembers, l.MaxDaysOneCountry, l.MaxDaysTwoCountries, l.MaxDaysThreeCountries, l.MaxCountries, l.ExtraDays,
                l.OfficialShareNumerator, l.OfficialShareDenominator),
            row.Source, row.Confidence);
    }
}
