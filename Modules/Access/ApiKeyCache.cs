using System.Collections.Concurrent;
using OrganAffairs.Access.Data;

namespace OrganAffairs.Access;

/// <summary>
/// Validated key rows, kept for a few seconds so that a request does not read the key table (and,
/// on SQLite, take the write lock to record use) every time. Revoking or rotating a key evicts it
/// here at once; another Host instance sees the change within <see cref="Lifetime"/>.
/// </summary>
internal sealed class ApiKeyCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();

    public ApiKeyRow? Get(Guid id) =>
        _entries.TryGetValue(id, out var entry) && clock.GetUtcNow() - entry.CachedAt < Lifetime ? entry.Row : null;

    public void Put(ApiKeyRow row) =>
        _entries.AddOrUpdate(row.Id, _ => new Entry(row, clock.GetUtcNow(), DateTimeOffset.MinValue),
            (_, old) => old with { Row = row, CachedAt = clock.GetUtcNow() });

    public void Evict(Guid id) => _entries.TryRemove(id, out _);

    /// <summary>True at most once a minute per key in this instance: the moment to record last use.</summary>
    public bool ShouldTouch(Guid id)
    {
        var now = clock.GetUtcNow();
        if (!_entries.TryGetValue(id, out var entry) || now - entry.LastTouched < TouchEvery)
        {
            return false;
        }
        return _entries.TryUpdate(id, entry with { LastTouched = now }, entry);
    }

    private sealed record Entry(ApiKeyRow Row, DateTimeOffset CachedAt, DateTimeOffset LastTouched);
}
