using Microsoft.AspNetCore.Http;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Buildings.Support;

/// <summary>Every Buildings report answers JSON, or CSV with the given columns for format=Csv only (not on Accept: text/csv).</summary>
internal static class ReportAnswer
{
    public static IResult Of<T>(ReportFormat? format, IReadOnlyList<T> rows, IReadOnlyList<(string, Func<T, object?>)> columns) =>
        format == ReportFormat.Csv
            ? Csv.Response(Csv.Write(rows, columns))
            : TypedResults.Ok(rows);
}
