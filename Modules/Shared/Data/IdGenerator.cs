using UUIDNext;

namespace OrganAffairs.Shared.Data;

/// <summary>
/// Application-made, time-ordered ids that suit each provider's index: SQL Server orders
/// uniqueidentifier by its last bytes, so it gets its own layout (see docs/adr).
/// </summary>
public sealed class IdGenerator(DatabaseProvider provider)
{
    public Guid NewId() => provider switch
    {
        DatabaseProvider.SqlServer => Uuid.NewDatabaseFriendly(Database.SqlServer),
        DatabaseProvider.PostgreSql => Uuid.NewDatabaseFriendly(Database.PostgreSql),
        _ => Uuid.NewDatabaseFriendly(Database.SQLite),
    };
}
