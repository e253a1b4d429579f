using OrganAffairs.Contracts.Energy;

namespace OrganAffairs.Energy.Data;

internal sealed class InstitutionRow
{
    public Guid Id { get; set; }
    public Guid OrganId { get; set; }
    public string Name { get; set; } = "";
    public string DirectoryCode { get; set; } = "";
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class StatisticsRow
{
    public Guid InstitutionId { get; set; }
    public int Year { get; set; }
    public long FloorAreaHundredths { get; set; }
    public int Population { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A row of energy_meter, with the register state every writer of its readings locks and advances.</summary>
internal sealed class MeterRow
{
    public Guid Id { get; set; }
    public Guid InstitutionId { get; set; }
    public Guid OrganId { get; set; }
    public string Code { get; set; } = "";
    public EnergyKind Kind { get; set; }
    public MeterUnit Unit { get; set; }
    public Subsystem Subsystem { get; set; }
    public MeterMode Mode { get; set; }
    public int? RegisterDigits { get; set; }
    public int Multiplier { get; set; }
    public long? LastRegisterMilli { get; set; }
    public MeterStatus Status { get; set; }
    public long Version { get; set; }
    public DateTimeOffset InstalledAt { get; set; }
    public DateTimeOffset? LastReadAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class ReplacementRow
{
    public Guid Id { get; set; }
    public Guid MeterId { get; set; }
    public DateTimeOffset ReplacedAt { get; set; }
    public long? FinalRegisterMilli { get; set; }
    public long NewRegisterMilli { get; set; }
    public int RegisterDigits { get; set; }
}

internal sealed class ReadingRow
{
    public Guid MeterId { get; set; }
    public DateTimeOffset ReadAt { get; set; }
    public long ValueMilli { get; set; }
    public long ConsumptionMilli { get; set; }
    public DateOnly BusinessDate { get; set; }
    public Guid? ImportId { get; set; }
}

/// <summary>A roll-up row: a quantity in thousandths of the base unit on a day (or the first day of a month).</summary>
internal sealed class RollupRow
{
    public Guid InstitutionId { get; set; }
    public DateOnly Day { get; set; }
    public EnergyKind Kind { get; set; }
    public Subsystem Subsystem { get; set; }
    public long QuantityMilli { get; set; }
}

internal sealed class ImportRow
{
    public Guid Id { get; set; }
    public string Principal { get; set; } = "";
    public Guid? OrganId { get; set; }
    public ImportStatus Status { get; set; }
    public ImportMode Mode { get; set; }
    public DuplicatePolicy OnDuplicate { get; set; }
    public ImportFormat Format { get; set; }
    public long RowsRead { get; set; }
    public long Accepted { get; set; }
    public long Replaced { get; set; }
    public long Duplicates { get; set; }
    public long Rejected { get; set; }
    public string? Message { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}

internal sealed class ImportErrorRow
{
    public Guid ImportId { get; set; }
    public long Seq { get; set; }
    public long RowNumber { get; set; }
    public string? Field { get; set; }
    public string Code { get; set; } = "";
    public string Message { get; set; } = "";
}

internal sealed class RuleRow : Shared.Rules.IKindRuleRow
{
    public Guid Id { get; set; }
    public string Kind { get; set; } = "";
    public string RuleKey { get; set; } = "";
    public string Jurisdiction { get; set; } = "";
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string Value { get; set; } = "";
    public string Source { get; set; } = "";
    public Confidence Confidence { get; set; }
    public Guid? DocumentId { get; set; }
}

internal sealed class QuotaRow
{
    public Guid Id { get; set; }
    public Guid InstitutionId { get; set; }
    public int Year { get; set; }
    public long EnergyKgceMilli { get; set; }
    public long? WaterMilli { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class InstitutionOrgan
{
    public Guid InstitutionId { get; set; }
    public Guid OrganId { get; set; }
}

internal sealed class OverrunRow
{
    public Guid Id { get; set; }
    public Guid InstitutionId { get; set; }
    public Guid OrganId { get; set; }
    public int Year { get; set; }
    public OverrunResource Resource { get; set; } = OverrunResource.Energy;

    /// <summary>Thousandths of the resource's unit: kgce for energy, m³ for water (the column names predate water overruns).</summary>
    public long QuotaKgceMilli { get; set; }

    /// <summary>Thousandths of the resource's unit at detection.</summary>
    public long UsedKgceMilli { get; set; }
    public OverrunStatus Status { get; set; }
    public string? Explanation { get; set; }
    public long Version { get; set; }
    public DateTimeOffset DetectedAt { get; set; }
    public DateTimeOffset? ExplainedAt { get; set; }
}

internal sealed class AnnualReportRow
{
    public Guid Id { get; set; }
    public Guid InstitutionId { get; set; }
    public Guid OrganId { get; set; }
    public int Year { get; set; }
    public AnnualReportStatus Status { get; set; }
    public string Figures { get; set; } = "";
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
}
