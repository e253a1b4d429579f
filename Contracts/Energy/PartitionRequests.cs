namespace OrganAffairs.Contracts.Energy;

/// <summary>Detaches the monthly partitions of readings and daily roll-ups before a month (retention, 数据归档).</summary>
/// <param name="Before" example="2024-01-01">The first month kept: the first day of a month, no later than 1 January of the previous year.</param>
public sealed record DetachPartitionsRequest(DateOnly Before);

/// <summary>One monthly partition still attached.</summary>
/// <param name="Table" example="energy_reading_p202401">The partition's table.</param>
/// <param name="Parent" example="energy_reading">The partitioned table: energy_reading or energy_rollup_day.</param>
/// <param name="Month" example="2024-01-01">The business month it holds (its first day).</param>
/// <param name="EstimatedRows" example="1250000">The planner's row estimate (-1 before the table was first analysed).</param>
public sealed record EnergyPartitionResponse(string Table, string Parent, DateOnly Month, long EstimatedRows);

/// <summary>What a detach did.</summary>
/// <param name="Before">The first month kept.</param>
/// <param name="Detached">The partitions detached, now tables of their own to archive or drop; empty when none was left before the month.</param>
public sealed record DetachPartitionsResponse(DateOnly Before, IReadOnlyList<string> Detached);
