namespace OrganAffairs.Energy.Domain;

/// <summary>
/// The records of an RFC 4180 text, one at a time: a record ends at CRLF, LF or CR outside quotes, so a
/// quoted field keeps its separators, doubled quotes and line breaks (as they were written). Records are
/// slices of one buffer that the next read reuses; a record without quotes costs one vectorised scan.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    /// <summary>Longest record accepted (a quote never closed would otherwise swallow the file).</summary>
    public const int MaxRecordChars = 1 << 20;

    private char[] _buffer = new char[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>The next record without its line break, and whether it holds a quote; null after the last.</summary>
    /// <exception cref="MalformedRecordException">A quote that is never closed, or a record longer than <see cref="MaxRecordChars"/>.</exception>
    public async ValueTask<CsvRecord?> ReadAsync(CancellationToken ct)
    {
        var pos = _start;
        var inQuotes = false;
        var quoted = false;
        while (true)
        {
            while (pos < _end)
            {
                var rest = _buffer.AsSpan(pos, _end - pos);
                if (inQuotes)
                {
                    var close = rest.IndexOf('"');
                    if (close < 0)
                    {
                        pos = _end;
                        break;
                    }
                    // A doubled quote closes and reopens: the state is right either way.
                    pos += close + 1;
                    inQuotes = false;
                    continue;
                }
                var next = rest.IndexOfAny('\r', '\n', '"');
                if (next < 0)
                {
                    pos = _end;
                    break;
                }
                pos += next;
                if (_buffer[pos] == '"')
                {
                    quoted = inQuotes = true;
                    pos++;
                    continue;
                }
                if (_buffer[pos] == '\r' && pos + 1 == _end && !_eof)
                {
                    break; // CR at the end of the buffer: CRLF or CR alone is known after the next read.
                }
                var record = new CsvRecord(_buffer.AsMemory(_start, pos - _start), quoted);
                _start = pos + (_buffer[pos] == '\r' && pos + 1 < _end && _buffer[pos + 1] == '\n' ? 2 : 1);
                return record;
            }
            if (_eof)
            {
                if (inQuotes)
                {
                    throw new MalformedRecordException("A quoted field is not closed before the end of the file.");
                }
                if (_start == _end)
                {
                    return null;
                }
                var last = new CsvRecord(_buffer.AsMemory(_start, _end - _start), quoted);
                _start = _end;
                return last;
            }
            pos -= _start;
            await FillAsync(ct);
            pos += _start;
        }
    }

    private async ValueTask FillAsync(CancellationToken ct)
    {
        var length = _end - _start;
        if (length == _buffer.Length)
        {
            if (length >= MaxRecordChars)
            {
                throw new MalformedRecordException($"A record is longer than {MaxRecordChars} characters (a quoted field that is never closed?).");
            }
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        if (_start > 0)
        {
            _buffer.AsSpan(_start, length).CopyTo(_buffer);
            (_start, _end) = (0, length);
        }
        var read = await reader.ReadAsync(_buffer.AsMemory(_end), ct);
        _end += read;
        _eof = read == 0;
    }
}

/// <summary>One record's text (valid until the next read) and whether it holds a quote.</summary>
internal readonly record struct CsvRecord(ReadOnlyMemory<char> Text, bool Quoted);

/// <summary>The text cannot be split into records from here on.</summary>
internal sealed class MalformedRecordException(string message) : Exception(message);
