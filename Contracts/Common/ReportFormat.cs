namespace OrganAffairs.Contracts.Common;

/// <summary>How a report is answered: JSON, or CSV (text/csv, UTF-8 with a byte-order mark for spreadsheets).</summary>
public enum ReportFormat
{
    Json = 1,
    Csv = 2,
}
