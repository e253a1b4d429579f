using System.Data;
using System.Globalization;
using Dapper;

namespace OrganAffairs.Shared.Data;

/// <summary>
/// SQLite returns Guid, DateTimeOffset and DateOnly as TEXT, PostgreSQL returns DateTime for
/// timestamptz, SQL Server returns DateTime for DATE: these handlers read every provider's shape into
/// the CLR type. Parameters are another matter: Dapper sends Guid, DateTimeOffset and DateOnly by its
/// own type map and does not call these handlers' SetValue, so a DateOnly goes out as DbType.Date with
/// a DateOnly value (Microsoft.Data.SqlClient 7 writes it as DATE) and callers convert instants to UTC
/// themselves. Strings need no handler: Dapper sends them as DbType.String (NVARCHAR on SQL Server, 4000
/// or MAX long), never as AnsiString, so Chinese text and index seeks on NVARCHAR columns are safe.
/// The tests record what SqlClient receives (SqlServerTextTests).
/// </summary>
public static class TypeHandlers
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
        {
            return;
        }
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        SqlMapper.AddTypeHandler(new GuidHandler());
        SqlMapper.AddTypeHandler(new DateTimeOffsetHandler());
        SqlMapper.AddTypeHandler(new DateOnlyHandler());
    }

    private sealed class GuidHandler : SqlMapper.TypeHandler<Guid>
    {
        public override void SetValue(IDbDataParameter parameter, Guid value) => parameter.Value = value;

        public override Guid Parse(object value) => value switch
        {
            Guid g => g,
            string s => Guid.Parse(s),
            byte[] b => new Guid(b),
            _ => throw new DataException($"Cannot read {value.GetType()} as Guid"),
        };
    }

    private sealed class DateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value) => parameter.Value = value.ToUniversalTime();

        public override DateTimeOffset Parse(object value) => value switch
        {
            DateTimeOffset d => d.ToUniversalTime(),
            DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
            string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime(),
            _ => throw new DataException($"Cannot read {value.GetType()} as DateTimeOffset"),
        };
    }

    private sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
    {
        public override void SetValue(IDbDataParameter parameter, DateOnly value)
        {
            parameter.DbType = DbType.Date;
            parameter.Value = value;
        }

        public override DateOnly Parse(object value) => value switch
        {
            DateOnly d => d,
            DateTime dt => DateOnly.FromDateTime(dt),
            string s => DateOnly.Parse(s, CultureInfo.InvariantCulture),
            _ => throw new DataException($"Cannot read {value.GetType()} as DateOnly"),
        };
    }
}
