using System.Diagnostics;
using System.Text.Json;
using Dapper;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Shared.Audit;

/// <summary>One changed field: its value before and after.</summary>
public sealed record FieldChange(object? Old, object? New);

/// <summary>
/// Collects the changes a command's handler makes; the Transaction behaviour writes them to
/// shared_audit in the command's own transaction, so a change and its audit row commit together.
/// </summary>
public sealed class AuditTrail(UnitOfWork unitOfWork, CurrentPrincipal principal, IdGenerator ids, TimeProvider clock)
{
    // Chinese stays readable in the stored change set; enums are stored by name.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
    private readonly List<(string EntityType, Guid EntityId, Guid? OrganId, IReadOnlyDictionary<string, FieldChange> Changes)> _entries = [];
    private string _action = "unknown";

    /// <summary>Records a change; a create passes every field with Old = null.</summary>
    public void Record(string entityType, Guid entityId, Guid? organId, IReadOnlyDictionary<string, FieldChange> changes)
    {
        if (changes.Count > 0)
        {
            _entries.Add((entityType, entityId, organId, changes));
        }
    }

    /// <summary>The fields whose values differ between two snapshots of the same type.</summary>
    public static IReadOnlyDictionary<string, FieldChange> Diff<T>(T? before, T after) where T : class
    {
        var changes = new Dictionary<string, FieldChange>();
        foreach (var property in typeof(T).GetProperties())
        {
            var old = before is null ? null : property.GetValue(before);
            var now = property.GetValue(after);
            if (!Equals(Normalise(old), Normalise(now)))
            {
                changes[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = new FieldChange(old, now);
            }
        }
        return changes;
    }

    // Lists compare by content, so an unchanged headcount list is not reported as a change.
    private static object? Normalise(object? value) =>
        value is System.Collections.IEnumerable e and not string ? JsonSerializer.Serialize(e, Json) : value;

    internal static string ActionName(Type request)
    {
        var module = request.Namespace?.Split('.').ElementAtOrDefault(1) ?? "Shared";
        var name = request.Name.EndsWith("Command", StringComparison.Ordinal) ? request.Name[..^7] : request.Name;
        return $"{module}.{name}";
    }

    /// <summary>Starts the entries of one unit of work (the pipeline does this for commands).</summary>
    public void Reset(string action)
    {
        _action = action;
        _entries.Clear();
    }

    /// <summary>Writes the entries in the current transaction (the pipeline does this for commands).</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        if (_entries.Count == 0)
        {
            return;
        }
        var now = clock.GetUtcNow();
        var traceId = Activity.Current?.TraceId.ToString();
        var rows = _entries.Select(e => new
        {
            Id = ids.NewId(),
            OccurredAt = now,
            Principal = principal.Id,
            principal.Client,
            PrincipalOrganId = principal.OrganId,
            Action = _action,
            e.EntityType,
            e.EntityId,
            e.OrganId,
            Changes = JsonSerializer.Serialize(e.Changes, Json),
            TraceId = traceId,
        });
        await unitOfWork.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO shared_audit (id, occurred_at, principal, client, principal_organ_id, action, entity_type, entity_id, organ_id, changes, trace_id)
            VALUES (@Id, @OccurredAt, @Principal, @Client, @PrincipalOrganId, @Action, @EntityType, @EntityId, @OrganId, @Changes, @TraceId)
            """, rows, unitOfWork.Transaction, cancellationToken: ct));
        _entries.Clear();
    }
}
