using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Energy.Domain;

/// <summary>A reading as it arrived, before any check: a 1-based data row number and the fields as text.</summary>
internal sealed record RawReading(
    long RowNumber, string? MeterId, string? ReadAt, string? Value, RowError? Malformed = null, string? InstitutionCode = null, string? MeterCode = null);

/// <summary>A meter named by the bureau's terms: its institution's directory code and its code within that institution.</summary>
internal sealed record MeterCodeRef(string InstitutionCode, string MeterCode);

/// <summary>
/// A row that passed the field checks; times are UTC truncated to the microsecond (PostgreSQL's precision).
/// A row that names its meter by code carries <see cref="Code"/> (and <see cref="MeterId"/> empty unless
/// the row gave the id as well) until the import resolves the code to the meter's id.
/// </summary>
internal sealed record ParsedReading(long RowNumber, Guid MeterId, DateTimeOffset ReadAt, long ValueMilli, MeterCodeRef? Code = null);

/// <summary>One row read from a file: the reading when its fields are good, otherwise why not.</summary>
internal readonly record struct ReadRow(long RowNumber, ParsedReading? Reading, List<RowError>? Errors);

/// <summary>One reason a row was rejected.</summary>
internal sealed record RowError(long RowNumber, string? Field, ErrorCode Code, string? Detail = null);

/// <summary>The file cannot be read on from this row (a JSON syntax error, a broken encoding): the import stops there.</summary>
internal sealed class MalformedFileException(long rowNumber, string detail) : Exception(detail)
{
    public long RowNumber { get; } = rowNumber;
}

/// <summary>
/// Streams the rows of an import, one at a time: CSV (a header naming readAt, value and the meter — meterId,
/// or institutionCode and meterCode, or all three — in any order) or a JSON array of objects with those
/// members. Nothing holds the whole file.
/// </summary>
internal static class ReadingSource
{
    /// <summary>The columns a file may name, in the order of the positions <see cref="OpenCsvAsync"/> answers.</summary>
    private static readonly string[] Fields = ["meterId", "institutionCode", "meterCode", "readAt", "value"];
    private const int MeterIdAt = 0, InstitutionCodeAt = 1, MeterCodeAt = 2, ReadAtAt = 3, ValueAt = 4;
    public const long MaxValueMilli = 999_999_999_999L;

    /// <summary>The longest directory code and meter code stored (energy_institution.directory_code, energy_meter.code).</summary>
    public const int MaxInstitutionCodeLength = 30, MaxMeterCodeLength = 50;

    /// <summary>Reads and checks the CSV header; a bad header refuses the whole file before anything is stored.</summary>
    public static async Task<(CsvRecordReader Reader, int[] Positions, int Width)?> OpenCsvAsync(Stream body, CancellationToken ct)
    {
        var reader = new CsvRecordReader(new StreamReader(body, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16));
        CsvRecord? header;
        try
        {
            header = await reader.ReadAsync(ct);
        }
        catch (MalformedRecordException)
        {
            return null;
        }
        if (header is null)
        {
            return null;
        }
        var names = SplitCsv(header.Value.Text.Span);
        var positions = Fields.Select(f => names.FindIndex(n => string.Equals(n.Trim(), f, StringComparison.OrdinalIgnoreCase))).ToArray();
        // readAt and value, the meter by id or by both codes (or both ways), and no other or repeated column.
        var named = positions.Count(p => p >= 0);
        if (positions[ReadAtAt] < 0 || positions[ValueAt] < 0 || (positions[InstitutionCodeAt] < 0) != (positions[MeterCodeAt] < 0)
            || positions[MeterIdAt] < 0 && positions[MeterCodeAt] < 0 || names.Count != named)
        {
            return null;
        }
        return (reader, positions, names.Count);
    }

    /// <summary>
    /// The data rows of an RFC 4180 file (records, not physical lines: a quoted field may hold separators,
    /// doubled quotes and line breaks); row numbers count data records from 1, and empty lines are skipped.
    /// </summary>
    public static async IAsyncEnumerable<ReadRow> ReadCsvAsync(CsvRecordReader reader, int[] positions, int width, [EnumeratorCancellation] CancellationToken ct)
    {
        long row = 0;
        var cells = new Range[width];
        while (true)
        {
            CsvRecord? record;
            try
            {
                record = await reader.ReadAsync(ct);
            }
            catch (DecoderFallbackException)
            {
                throw new MalformedFileException(row + 1, "The file is not valid UTF-8.");
            }
            catch (MalformedRecordException ex)
            {
                throw new MalformedFileException(row + 1, ex.Message);
            }
            if (record is not { } current)
            {
                yield break;
            }
            if (current.Text.Length == 0)
            {
                continue;
            }
            row++;
            if (current.Quoted)
            {
                // Quoted cells are rare in meter exports: the general splitter.
                var quoted = SplitCsv(current.Text.Span);
                yield return quoted.Count != width
                    ? Malformed(row, quoted.Count, width)
                    : Parse(row, Cell(quoted, positions[MeterIdAt]), Cell(quoted, positions[InstitutionCodeAt]), Cell(quoted, positions[MeterCodeAt]),
                        quoted[positions[ReadAtAt]], quoted[positions[ValueAt]]);
                continue;
            }
            // Cells are read as slices of the record: no strings per cell.
            var count = current.Text.Span.Split(cells, ',');
            yield return count != width || current.Text.Span[cells[^1]].Contains(',')
                ? Malformed(row, current.Text.Span.Count(',') + 1, width)
                : Parse(row, Cell(current.Text.Span, cells, positions[MeterIdAt]), Cell(current.Text.Span, cells, positions[InstitutionCodeAt]),
                    Cell(current.Text.Span, cells, positions[MeterCodeAt]), current.Text.Span[cells[positions[ReadAtAt]]], current.Text.Span[cells[positions[ValueAt]]]);
        }
    }

    /// <summary>The cell at a column's position, or empty when the file has no such column.</summary>
    private static ReadOnlySpan<char> Cell(ReadOnlySpan<char> record, Range[] cells, int position) => position < 0 ? [] : record[cells[position]];

    private static string Cell(List<string> cells, int position) => position < 0 ? "" : cells[position];

    private static ReadRow Malformed(long row, int cells, int width) =>
        new(row, null, [new RowError(row, null, EnergyErrors.RowMalformed, $"{cells} columns, expected {width}")]);

    public static async IAsyncEnumerable<ReadRow> ReadJsonAsync(Stream body, [EnumeratorCancellation] CancellationToken ct)
    {
        long row = 0;
        var elements = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(body, cancellationToken: ct).GetAsyncEnumerator(ct);
        try
        {
            while (true)
            {
                try
                {
                    if (!await elements.MoveNextAsync())
                    {
                        yield break;
                    }
                }
                catch (JsonException ex)
                {
                    throw new MalformedFileException(row + 1, ex.Message);
                }
                row++;
                yield return Parse(FromJson(row, elements.Current));
            }
        }
        finally
        {
            await elements.DisposeAsync();
        }
    }

    private static RawReading FromJson(long row, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return new RawReading(row, null, null, null, new RowError(row, null, EnergyErrors.RowMalformed, "not an object"));
        }
        string? meterId = null, institutionCode = null, meterCode = null, readAt = null, value = null;
        foreach (var property in element.EnumerateObject())
        {
            var text = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetRawText(),
                _ => null,
            };
            switch (property.Name)
            {
                case "meterId": meterId = text; break;
                case "institutionCode": institutionCode = text; break;
                case "meterCode": meterCode = text; break;
                case "readAt": readAt = text; break;
                case "value": value = text; break;
                default:
                    return new RawReading(row, null, null, null, new RowError(row, property.Name.Length > 30 ? property.Name[..30] : property.Name, EnergyErrors.FieldUnknown));
            }
        }
        return new RawReading(row, meterId, readAt, value, null, institutionCode, meterCode);
    }

    public static ReadRow Parse(RawReading raw) =>
        raw.Malformed is not null
            ? new ReadRow(raw.RowNumber, null, [raw.Malformed])
            : Parse(raw.RowNumber, raw.MeterId, raw.InstitutionCode, raw.MeterCode, raw.ReadAt, raw.Value);

    /// <summary>A row of the original three fields (the meter by id).</summary>
    public static ReadRow Parse(long rowNumber, ReadOnlySpan<char> meterIdText, ReadOnlySpan<char> readAtText, ReadOnlySpan<char> valueText) =>
        Parse(rowNumber, meterIdText, [], [], readAtText, valueText);

    /// <summary>
    /// The field checks of one row: the meter by a GUID, or by its institution's directory code and its own
    /// code (or both, which must then name the same meter — checked when the codes are resolved), an instant
    /// with an offset, a non-negative value with at most 3 decimals. Errors is null for a good row (the
    /// common case allocates nothing more).
    /// </summary>
    public static ReadRow Parse(
        long rowNumber, ReadOnlySpan<char> meterIdText, ReadOnlySpan<char> institutionCodeText, ReadOnlySpan<char> meterCodeText,
        ReadOnlySpan<char> readAtText, ReadOnlySpan<char> valueText)
    {
        List<RowError>? errors = null;
        var meterId = Guid.Empty;
        MeterCodeRef? code = null;
        institutionCodeText = institutionCodeText.Trim();
        meterCodeText = meterCodeText.Trim();
        var byCode = !institutionCodeText.IsEmpty || !meterCodeText.IsEmpty;
        if (meterIdText.IsEmpty && !byCode)
        {
            (errors ??= []).Add(new RowError(rowNumber, "meterId", EnergyErrors.MeterReferenceMissing));
        }
        else if (!meterIdText.IsEmpty && !Guid.TryParse(meterIdText, out meterId))
        {
            (errors ??= []).Add(new RowError(rowNumber, "meterId", EnergyErrors.MeterIdInvalid));
        }
        if (byCode)
        {
            if (institutionCodeText.IsEmpty || meterCodeText.IsEmpty)
            {
                (errors ??= []).Add(new RowError(rowNumber, institutionCodeText.IsEmpty ? "institutionCode" : "meterCode", EnergyErrors.MeterReferenceMissing));
            }
            else if (institutionCodeText.Length > MaxInstitutionCodeLength || meterCodeText.Length > MaxMeterCodeLength)
            {
                // Longer than any stored code: no meter has it, and the text is not carried on to a query.
                (errors ??= []).Add(new RowError(rowNumber, "meterCode", EnergyErrors.MeterCodeUnknown));
            }
            else
            {
                code = new MeterCodeRef(institutionCodeText.ToString(), meterCodeText.ToString());
            }
        }
        if (!TryInstant(readAtText, out var readAt))
        {
            (errors ??= []).Add(new RowError(rowNumber, "readAt", EnergyErrors.ReadAtInvalid));
        }
        long milli = 0;
        if (!decimal.TryParse(valueText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || !Scaled.TryMilli(value, out milli) || milli > MaxValueMilli)
        {
            (errors ??= []).Add(new RowError(rowNumber, "value", EnergyErrors.ValueInvalid));
        }
        else if (milli < 0)
        {
            (errors ??= []).Add(new RowError(rowNumber, "value", EnergyErrors.ValueNegative));
        }
        return errors is not null ? new ReadRow(rowNumber, null, errors) : new ReadRow(rowNumber, new ParsedReading(rowNumber, meterId, readAt, milli, code), null);
    }

    /// <summary>An ISO 8601 instant that names its offset (a time without one is ambiguous), as UTC to the microsecond.</summary>
    public static bool TryInstant(ReadOnlySpan<char> text, out DateTimeOffset instant)
    {
        instant = default;
        if (text.IsEmpty || text.Length > 40 || !(text[^1] == 'Z' || HasOffset(text)))
        {
            return false;
        }
        if (TryExtended(text, out var parsed)
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out parsed))
        {
            instant = Normalise(parsed);
            return true;
        }
        return false;
    }

    /// <summary>
    /// The form data loggers send — yyyy-MM-ddTHH:mm:ss, an optional fraction of up to 7 digits, then Z or
    /// ±HH:mm — read without the general parser, which cost more than the rest of a row. Anything else
    /// (or an impossible date) falls back to <see cref="DateTimeOffset.TryParse(string, IFormatProvider, DateTimeStyles, out DateTimeOffset)"/>.
    /// </summary>
    private static bool TryExtended(ReadOnlySpan<char> s, out DateTimeOffset instant)
    {
        instant = default;
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':'
            || !Digits(s[..4], out var year) || !Digits(s.Slice(5, 2), out var month) || !Digits(s.Slice(8, 2), out var day)
            || !Digits(s.Slice(11, 2), out var hour) || !Digits(s.Slice(14, 2), out var minute) || !Digits(s.Slice(17, 2), out var second))
        {
            return false;
        }
        var i = 19;
        long fraction = 0;
        if (s[i] == '.')
        {
            var start = ++i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }
            var length = i - start;
            if (length is 0 or > 7 || !Digits(s[start..i], out var f))
            {
                return false;
            }
            fraction = f * (long)Math.Pow(10, 7 - length);
        }
        TimeSpan offset;
        if (s[i..] is "Z")
        {
            offset = TimeSpan.Zero;
        }
        else if (s.Length - i == 6 && (s[i] is '+' or '-') && s[i + 3] == ':' && Digits(s.Slice(i + 1, 2), out var oh) && Digits(s.Slice(i + 4, 2), out var om)
                 && oh <= 14 && om < 60)
        {
            offset = new TimeSpan(oh, om, 0) * (s[i] == '-' ? -1 : 1);
        }
        else
        {
            return false;
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        instant = new DateTimeOffset(new DateTime(year, month, day, hour, minute, second).AddTicks(fraction), offset);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> span, out int value)
    {
        value = 0;
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return true;
    }

    public static DateTimeOffset Normalise(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % 10));
    }

    private static bool HasOffset(ReadOnlySpan<char> text) =>
        text.Length > 6 && (text[^6] is '+' or '-') && text[^3] == ':';

    /// <summary>The cells of one record: RFC 4180 quoting (a doubled quote is a quote; separators and line breaks inside quotes are text).</summary>
    private static List<string> SplitCsv(ReadOnlySpan<char> line)
    {
        var cells = new List<string>(3);
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
        cells.Add(cell.ToString());
        return cells;
    }
}
