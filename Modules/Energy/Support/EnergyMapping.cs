using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Domain;

namespace OrganAffairs.Energy.Support;

/// <summary>Rows to responses.</summary>
internal static class EnergyMapping
{
    public static InstitutionResponse ToResponse(this InstitutionRow r) =>
        new(r.Id, r.OrganId, r.Name, r.DirectoryCode, r.CreatedAt, r.UpdatedAt, r.Version);

    public static YearlyStatisticsResponse ToResponse(this StatisticsRow r) =>
        new(r.InstitutionId, r.Year, Scaled.FromHundredths(r.FloorAreaHundredths), r.Population, r.UpdatedAt);

    public static MeterResponse ToResponse(this MeterRow r) =>
        new(r.Id, r.InstitutionId, r.Code, r.Kind, r.Unit, r.Subsystem, r.Mode, r.RegisterDigits, r.Multiplier, r.InstalledAt, r.LastReadAt,
            r.LastRegisterMilli is { } m ? Scaled.FromMilli(m) : null, r.Status, r.CreatedAt, r.UpdatedAt, r.Version);

    public static ReadingResponse ToResponse(this ReadingRow r) =>
        new(r.MeterId, r.ReadAt, Scaled.FromMilli(r.ValueMilli), Scaled.FromMilli(r.ConsumptionMilli), r.BusinessDate, r.ImportId);

    public static ImportResponse ToResponse(this ImportRow r) =>
        new(r.Id, r.Status, r.Mode, r.OnDuplicate, r.Format, r.RowsRead, r.Accepted, r.Replaced, r.Duplicates, r.Rejected, r.StartedAt, r.FinishedAt, r.Message,
            $"/api/v1/energy/imports/{r.Id}/errors");

    public static ImportErrorResponse ToResponse(this ImportErrorRow r) => new(r.RowNumber, r.Field, r.Code, r.Message);

    public static OverrunResponse ToResponse(OverrunRow r)
    {
        var energy = r.Resource == OverrunResource.Energy;
        var quota = Scaled.FromMilli(r.QuotaKgceMilli);
        var used = Scaled.FromMilli(r.UsedKgceMilli);
        return new(r.Id, r.InstitutionId, r.Year, energy ? quota : null, energy ? used : null, r.DetectedAt, r.Status, r.Explanation, r.ExplainedAt, r.Version,
            r.Resource, quota, used, energy ? "kgce" : "m3");
    }

    public static CoefficientResponse ToCoefficient(this RuleRow r)
    {
        var kind = Enum.Parse<EnergyKind>(r.RuleKey);
        return new(r.Id, kind, r.Jurisdiction, r.EffectiveFrom, r.EffectiveTo, RuleJson.Read<CoefficientValue>(r.Value).Value,
            RuleKinds.UnitOf(r.Kind, kind), r.Source, r.Confidence, r.DocumentId);
    }

    public static PlanTargetResponse ToPlanTarget(this RuleRow r)
    {
        var v = RuleJson.Read<PlanTargetValue>(r.Value);
        return new(r.Id, r.RuleKey, r.Jurisdiction, v.FirstYear, v.LastYear, v.BaselineYear, v.EnergyPerAreaPercent, v.EnergyPerPersonPercent,
            v.WaterPerPersonPercent, v.Co2PerAreaPercent, r.Source, r.Confidence, r.DocumentId);
    }

    public static EnergySettingsResponse ToSettings(this RuleRow r)
    {
        var v = RuleJson.Read<SettingsValue>(r.Value);
        return new(r.Id, r.Jurisdiction, r.EffectiveFrom, r.EffectiveTo, v.ReportDueMonth, v.ReportDueDay, v.AnomalyThresholdPercent, v.SilentMeterDays, r.Source, r.DocumentId);
    }
}
