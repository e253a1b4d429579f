using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Shared.Http;

/// <summary>
/// RFC 4180 CSV with a UTF-8 byte-order mark (so spreadsheet software reads Chinese correctly).
/// Cells that a spreadsheet would run as a formula (=, +, -, @) are prefixed with an apostrophe,
/// except plain numbers.
/// </summary>
public static class Csv
{
    /// <summary>A report is answered as CSV for format=Csv, or without a format when the client accepts text/csv.</summary>
    public static bool Wanted(ReportFormat? format, HttpContext http) =>
        format == ReportFormat.Csv || (format is null && http.Request.Headers.Accept.ToString().Contains("text/csv", StringComparison.OrdinalIgnoreCase));

    /// <summary>A report's answer: CSV with <paramref name="columns"/> when <see cref="Wanted"/>, JSON otherwise.</summary>
    public static IResult Answer<T>(ReportFormat? format, HttpContext http, IReadOnlyList<T> rows, IReadOnlyList<(string Header, Func<T, object?> Value)> columns) =>
        Wanted(format, http) ? Response(Write(rows, columns)) : TypedResults.Ok(rows);

    /// <summary>The answer carrying a CSV text.</summary>
    public static IResult Response(string csv) => TypedResults.Text(csv, "text/csv; charset=utf-8", Encoding.UTF8);

    public static string Write<T>(IEnumerable<T> rows, IReadOnlyList<(string Header, Func<T, object?> Value)> columns)
    {
        var sb = new StringBuilder("\uFEFF");
        sb.AppendJoin(',', columns.Select(c => Escape(c.Header))).Append("\r\n");
        foreach (var row in rows)
        {
            sb.AppendJoin(',', columns.Select(c => Escape(Format(c.Value(row))))).Append("\r\n");
        }
        return sb.ToString();
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString("0.00", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Escape(string text)
    {
        if (text.Length > 0 && "=+-@".Contains(text[0]) && !decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            text = "'" + text;
        }
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
