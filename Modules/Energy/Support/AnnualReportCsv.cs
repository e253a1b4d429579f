using OrganAffairs.Contracts.Energy;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Energy.Support;

/// <summary>The annual reports of a year as CSV (the shared writer: UTF-8 with a byte-order mark, formula cells guarded).</summary>
internal static class AnnualReportCsv
{
    public static string Write(IEnumerable<AnnualReportResponse> reports) => Csv.Write(reports,
    [
        ("institutionId", r => r.InstitutionId),
        ("directoryCode", r => r.DirectoryCode),
        ("name", r => r.InstitutionName),
        ("year", r => r.Year),
        ("status", r => r.Status.ToString()),
        ("dueOn", r => r.DueOn),
        ("submittedAt", r => r.SubmittedAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
        ("submittedLate", r => r.SubmittedLate),
        ("floorArea", r => r.Figures?.FloorArea),
        ("energyUsingPopulation", r => r.Figures?.EnergyUsingPopulation),
        ("totalKgce", r => Exact(r.Figures?.TotalKgce)),
        ("kgcePerSquareMetre", r => Exact(r.Figures?.KgcePerSquareMetre)),
        ("kgcePerPerson", r => Exact(r.Figures?.KgcePerPerson)),
        ("waterCubicMetres", r => Exact(r.Figures?.WaterCubicMetres)),
        ("waterPerPerson", r => Exact(r.Figures?.WaterPerPerson)),
        ("co2Tonnes", r => Exact(r.Figures?.Co2Tonnes)),
    ]);

    // Figures keep all their decimals in CSV (the shared writer prints decimals with two).
    private static string? Exact(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
