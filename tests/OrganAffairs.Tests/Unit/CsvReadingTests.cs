using System.Text;
using OrganAffairs.Energy.Domain;
using Xunit;

namespace OrganAffairs.Tests.Unit;

/// <summary>RFC 4180 reading of the readings import: records, not lines.</summary>
public sealed class CsvReadingTests
{
    private const string Meter = "0f8fad5b-d9cb-469f-a165-70867728950e";

    [Theory]
    [InlineData(1 << 16)]
    [InlineData(7)]
    [InlineData(1)]
    public async Task Records_keep_separators_doubled_quotes_and_CRLF_or_LF_inside_quotes(int chunk)
    {
        var text = "h1,h2\r\n\"a,b\",\"say \"\"hi\"\"\"\r\n\"line1\r\nline2\",x\n\"one\ntwo\",y\rlast,\"\"";
        var records = await RecordsAsync(text, chunk);
        Assert.Equal(["h1,h2", "\"a,b\",\"say \"\"hi\"\"\"", "\"line1\r\nline2\",x", "\"one\ntwo\",y", "last,\"\""], records.Select(r => r.Text));
        Assert.Equal([false, true, true, true, true], records.Select(r => r.Quoted));
    }

    [Fact]
    public async Task A_record_longer_than_the_buffer_is_read_whole_and_a_quote_never_closed_is_malformed()
    {
        var big = "\"" + string.Concat(Enumerable.Repeat("x\r\n", 40_000)) + "\",z";
        Assert.Equal([big, "next"], (await RecordsAsync(big + "\nnext\n", 1 << 16)).Select(r => r.Text));
        await Assert.ThrowsAsync<MalformedRecordException>(() => RecordsAsync("a,b\n\"never closed,\nc\n", 1 << 16));
    }

    [Fact]
    public async Task Quoted_fields_are_read_as_their_values_and_row_numbers_count_records()
    {
        var file = "meterId,\"readAt\",value\n"
            + $"\"{Meter}\",\"2025-01-01T01:00:00+08:00\",\"1.5\"\r\n"   // 1 good, every field quoted
            + $"\"{Meter},x\",2025-01-01T02:00:00+08:00,1\n"            // 2 a separator inside quotes: still 3 columns
            + $"\"{Meter}\"\"\",2025-01-01T03:00:00+08:00,1\n"          // 3 a doubled quote inside quotes
            + $"{Meter},\"2025-01-01T04:00:00\r\n+08:00\",1\n"          // 4 CRLF inside quotes: one record, read as a reading
            + $"{Meter},\"2025-01-01T05:00:00\n+08:00\",1\n"            // 5 LF inside quotes: likewise
            + "\n"                                                      // an empty line is skipped
            + $"{Meter},2025-01-01T06:00:00+08:00\n"                    // 6 two columns
            + $"{Meter},2025-01-01T07:00:00+08:00,2\n";                 // 7 good
        var rows = await RowsAsync(file);
        Assert.Equal([1L, 2, 3, 4, 5, 6, 7], rows.Select(r => r.RowNumber));
        Assert.Equal(1_500L, rows[0].Reading!.ValueMilli);
        Assert.Equal(("meterId", "energy.meter-id-invalid"), Single(rows[1]));
        Assert.Equal(("meterId", "energy.meter-id-invalid"), Single(rows[2]));
        // The line break stays in the field (the instant parser reads it as white space): one record, one reading.
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 4, 0, 0, TimeSpan.FromHours(8)), rows[3].Reading!.ReadAt);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 5, 0, 0, TimeSpan.FromHours(8)), rows[4].Reading!.ReadAt);
        Assert.Equal((null, "energy.row-malformed"), Single(rows[5]));
        Assert.Equal(2_000L, rows[6].Reading!.ValueMilli);
    }

    [Fact]
    public async Task A_quote_never_closed_stops_the_file_at_its_row()
    {
        var ex = await Assert.ThrowsAsync<MalformedFileException>(() => RowsAsync($"meterId,readAt,value\n{Meter},2025-01-01T01:00:00Z,1\n\"{Meter},x,1\n"));
        Assert.Equal(2, ex.RowNumber);
    }

    [Theory]
    [InlineData("meterId,readAt,value", true)]
    [InlineData("institutionCode,meterCode,readAt,value", true)]
    [InlineData("value,meterCode,readAt,institutionCode,meterId", true)]
    [InlineData("meterCode,readAt,value", false)]
    [InlineData("institutionCode,readAt,value", false)]
    [InlineData("meterId,meterId,readAt,value", false)]
    [InlineData("meterId,institutionCode,meterCode,value", false)]
    [InlineData("meterId,readAt,value,meterCodes", false)]
    public async Task The_header_names_the_meter_by_id_or_by_both_codes_or_both_ways(string header, bool valid)
    {
        var csv = await ReadingSource.OpenCsvAsync(new MemoryStream(Encoding.UTF8.GetBytes(header + "\n")), CancellationToken.None);
        Assert.Equal(valid, csv is not null);
    }

    [Fact]
    public async Task A_row_carries_its_codes_trimmed_and_a_row_with_neither_or_half_a_code_is_refused_without_a_lookup()
    {
        var rows = await RowsAsync(string.Join("\n",
            "meterId,institutionCode,meterCode,readAt,value",
            $"{Meter},,,2025-01-01T01:00:00Z,1",
            ", GG-1 , M-1 ,2025-01-01T01:00:00Z,1",
            $"{Meter},GG-1,M-1,2025-01-01T01:00:00Z,1",
            ",,,2025-01-01T01:00:00Z,1",
            ",GG-1,,2025-01-01T01:00:00Z,1",
            $",GG-1,{new string('m', 51)},2025-01-01T01:00:00Z,1",
            $",{new string('g', 31)},M-1,2025-01-01T01:00:00Z,1",
            "x,,,2025-01-01T01:00:00Z,1"));
        Assert.Equal((Guid.Parse(Meter), null), (rows[0].Reading!.MeterId, rows[0].Reading!.Code));
        Assert.Equal((Guid.Empty, new MeterCodeRef("GG-1", "M-1")), (rows[1].Reading!.MeterId, rows[1].Reading!.Code));
        Assert.Equal((Guid.Parse(Meter), new MeterCodeRef("GG-1", "M-1")), (rows[2].Reading!.MeterId, rows[2].Reading!.Code));
        Assert.Equal(("meterId", "energy.meter-reference-missing"), Single(rows[3]));
        Assert.Equal(("meterCode", "energy.meter-reference-missing"), Single(rows[4]));
        Assert.Equal(("meterCode", "energy.meter-code-unknown"), Single(rows[5]));
        Assert.Equal(("meterCode", "energy.meter-code-unknown"), Single(rows[6]));
        Assert.Equal(("meterId", "energy.meter-id-invalid"), Single(rows[7]));
    }

    private static (string? Field, string Code) Single(ReadRow row) => Assert.Single(row.Errors!) is var e ? (e.Field, e.Code.Code) : default;

    private static async Task<List<ReadRow>> RowsAsync(string file)
    {
        var csv = await ReadingSource.OpenCsvAsync(new MemoryStream(Encoding.UTF8.GetBytes(file)), CancellationToken.None);
        Assert.NotNull(csv);
        var rows = new List<ReadRow>();
        await foreach (var row in ReadingSource.ReadCsvAsync(csv.Value.Reader, csv.Value.Positions, csv.Value.Width, CancellationToken.None))
        {
            rows.Add(row);
        }
        return rows;
    }

    private static async Task<List<(string Text, bool Quoted)>> RecordsAsync(string text, int chunk)
    {
        var reader = new CsvRecordReader(new ChunkedReader(text, chunk));
        var records = new List<(string, bool)>();
        while (await reader.ReadAsync(CancellationToken.None) is { } record)
        {
            records.Add((record.Text.ToString(), record.Quoted));
        }
        return records;
    }

    /// <summary>Answers at most <c>chunk</c> characters per read, so records and CRLFs cross buffer refills.</summary>
    private sealed class ChunkedReader(string text, int chunk) : TextReader
    {
        private readonly StringReader _inner = new(text);

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
            _inner.ReadAsync(buffer[..Math.Min(chunk, buffer.Length)], cancellationToken);
    }
}
