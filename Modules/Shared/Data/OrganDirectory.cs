using System.Collections.Concurrent;
using Dapper;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Shared.Data;

/// <summary>
/// The read model <c>shared_organ_directory</c> (docs/adr/0022): each organ's id, division code,
/// status and bureau flag. Only the Organs module writes it, in the transaction of its own change;
/// every module's organ scope reads it, so none reads Organs' tables. Reads are kept for the request
/// (the scope asks about the same organs again and again while it answers one request).
/// </summary>
public sealed class OrganDirectory(UnitOfWork uow, SqlDialect dialect, BureauJurisdictions jurisdictions)
{
    private readonly Dictionary<Guid, string?> _divisionCodes = [];

    /// <summary>Adds an organ's entry (Organs calls it when it inserts the organ).</summary>
    public Task AddAsync(Guid organId, string divisionCode, OrganStatus status, bool isBureau, CancellationToken ct)
    {
        Forget(organId);
        return uow.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO shared_organ_directory (organ_id, division_code, status, is_bureau) VALUES (@OrganId, @DivisionCode, @Status, @IsBureau)",
            new { OrganId = organId, DivisionCode = divisionCode, Status = status.ToString(), IsBureau = isBureau }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>Replaces an organ's entry (Organs calls it when it updates or dissolves the organ).</summary>
    public Task ChangeAsync(Guid organId, string divisionCode, OrganStatus status, bool isBureau, CancellationToken ct)
    {
        Forget(organId);
        return uow.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE shared_organ_directory SET division_code = @DivisionCode, status = @Status, is_bureau = @IsBureau WHERE organ_id = @OrganId",
            new { OrganId = organId, DivisionCode = divisionCode, Status = status.ToString(), IsBureau = isBureau }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>The organ's division code; null for an organ the directory does not know.</summary>
    public async Task<string?> DivisionCodeAsync(Guid organId, CancellationToken ct)
    {
        if (!_divisionCodes.TryGetValue(organId, out var code))
        {
            await LoadAsync([organId], ct);
            code = _divisionCodes[organId];
        }
        return code;
    }

    /// <summary>Reads the division codes of the organs not read yet in this request, in chunks under every provider's parameter limit.</summary>
    public async Task LoadAsync(IEnumerable<Guid> organIds, CancellationToken ct)
    {
        var missing = organIds.Where(id => !_divisionCodes.ContainsKey(id)).Distinct().ToList();
        if (missing.Count == 0)
        {
            return;
        }
        var connection = await uow.ConnectionAsync(ct);
        foreach (var chunk in missing.Chunk(SqlDialect.MaxListItems))
        {
            foreach (var id in chunk)
            {
                _divisionCodes[id] = null;
            }
            var rows = await connection.QueryAsync<Entry>(new CommandDefinition(
                $"SELECT organ_id, division_code FROM shared_organ_directory WHERE {dialect.InList("organ_id", "@Ids")}",
                new { Ids = chunk }, uow.Transaction, cancellationToken: ct));
            foreach (var row in rows)
            {
                _divisionCodes[row.OrganId] = row.DivisionCode;
            }
        }
    }

    /// <summary>The division code of an active organ flagged as a bureau; null for any other organ.</summary>
    public async Task<string?> BureauDivisionCodeAsync(Guid organId, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT division_code FROM shared_organ_directory WHERE organ_id = @OrganId AND is_bureau = @IsBureau AND status = @Active",
            new { OrganId = organId, IsBureau = true, Active = nameof(OrganStatus.Active) }, uow.Transaction, cancellationToken: ct));
    }

    /// <summary>The active organs whose division code matches a jurisdiction's LIKE pattern (OrganScope.JurisdictionPatternOfAsync).</summary>
    public async Task<IReadOnlyList<Guid>> ActiveOrgansInAsync(string jurisdictionPattern, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return (await connection.QueryAsync<Guid>(new CommandDefinition(
            "SELECT organ_id FROM shared_organ_directory WHERE division_code LIKE @Pattern ESCAPE '\\' AND status = @Active ORDER BY organ_id",
            new { Pattern = jurisdictionPattern, Active = nameof(OrganStatus.Active) }, uow.Transaction, cancellationToken: ct))).AsList();
    }

    /// <summary>Whether another active organ than <paramref name="organId"/> is flagged as the bureau of <paramref name="divisionCode"/>.</summary>
    public async Task<bool> OtherBureauExistsAsync(Guid organId, string divisionCode, CancellationToken ct)
    {
        var connection = await uow.ConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM shared_organ_directory WHERE division_code = @DivisionCode AND is_bureau = @IsBureau AND status = @Active AND organ_id <> @OrganId",
            new { OrganId = organId, DivisionCode = divisionCode, IsBureau = true, Active = nameof(OrganStatus.Active) }, uow.Transaction, cancellationToken: ct)) > 0;
    }

    private void Forget(Guid organId)
    {
        _divisionCodes.Remove(organId);
        jurisdictions.Evict(organId);
    }

    private sealed class Entry
    {
        public Guid OrganId { get; init; }
        public string DivisionCode { get; init; } = "";
    }
}

/// <summary>
/// Which organs are lower-level bureaus, kept for <see cref="Lifetime"/> per organ so a request does
/// not read the directory every time. A change of the flag, the division code or the status made in
/// this Host instance evicts the organ at once; another instance sees it within <see cref="Lifetime"/>
/// (the same bound as the API key cache).
/// </summary>
public sealed class BureauJurisdictions(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<Guid, (string? Prefix, DateTimeOffset CachedAt)> _entries = new();

    /// <summary>The jurisdiction prefix of the organ's principals, or null when the organ is not an active bureau.</summary>
    public async Task<string?> PrefixAsync(Guid organId, OrganDirectory directory, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(organId, out var entry) && now - entry.CachedAt < Lifetime)
        {
            return entry.Prefix;
        }
        var code = await directory.BureauDivisionCodeAsync(organId, ct);
        var prefix = code is null ? null : Jurisdiction.PrefixOf(code);
        _entries[organId] = (prefix, now);
        return prefix;
    }

    public void Evict(Guid organId) => _entries.TryRemove(organId, out _);
}
