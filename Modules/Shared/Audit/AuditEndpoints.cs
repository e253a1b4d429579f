using System.Text.Json;
using Dapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Audit;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Shared.Audit;

/// <summary>GET /api/v1/audit: the read-only audit trail, for the admin scope. Nothing in the API changes or deletes it.</summary>
public static class AuditEndpoints
{
    public const string Tag = "Audit";

    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/audit", async ([AsParameters] AuditListParameters p, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAuditEntriesQuery(p, PageRequest.From(p.Page, p.PageSize)), ct)))
            .WithTags(Tag).WithName("Audit_ListAuditEntries")
            .WithSummary("List audit entries (审计记录), newest first")
            .WithDescription("Filters: entityId, entityType, principal, organId (the changed record's organ), from/to (UTC instants, from inclusive, to exclusive). An ordinary organ's admin sees only its organ's entries.")
            .Produces<PagedResult<AuditEntryResponse>>().Problems(400)
            .RequireScope(Scopes.Admin);
        return app;
    }
}

/// <summary>Query parameters of GET /api/v1/audit.</summary>
public sealed record AuditListParameters(
    [property: FromQuery(Name = "entityId")] Guid? EntityId,
    [property: FromQuery(Name = "entityType")] string? EntityType,
    [property: FromQuery(Name = "principal")] string? Principal,
    [property: FromQuery(Name = "organId")] Guid? OrganId,
    [property: FromQuery(Name = "from")] DateTimeOffset? From,
    [property: FromQuery(Name = "to")] DateTimeOffset? To,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize);

internal sealed record ListAuditEntriesQuery(AuditListParameters Filter, PageRequest Page) : IQuery<PagedResult<AuditEntryResponse>>;

internal sealed class ListAuditEntriesHandler(UnitOfWork uow, SqlDialect dialect, OrganScope scope)
    : IRequestHandler<ListAuditEntriesQuery, PagedResult<AuditEntryResponse>>
{
    public async Task<PagedResult<AuditEntryResponse>> Handle(ListAuditEntriesQuery query, CancellationToken ct)
    {
        var f = query.Filter;
        if (f.EntityType is { Length: > 100 } || f.Principal is { Length: > 200 } || (f.From is { } a && f.To is { } b && b <= a))
        {
            throw new ProblemException(SharedErrors.ValidationFailed, [new FieldError("to", SharedErrors.ValidationFailed.Code, SharedErrors.ValidationFailed.Title)]);
        }
        var where = new List<string>();
        var parameters = new DynamicParameters();
        void Add(string sql, string name, object? value)
        {
            if (value is not null)
            {
                where.Add(sql);
                parameters.Add(name, value);
            }
        }
        Add("entity_id = @EntityId", "EntityId", f.EntityId);
        Add("entity_type = @EntityType", "EntityType", f.EntityType);
        Add("principal = @Principal", "Principal", f.Principal);
        Add("organ_id = @OrganId", "OrganId", f.OrganId);
        Add("occurred_at >= @From", "From", f.From?.ToUniversalTime());
        Add("occurred_at < @To", "To", f.To?.ToUniversalTime());
        if (scope.Filter("organ_id") is { } restricted)
        {
            where.Add(restricted.Sql);
            parameters.Add("ScopeOrganId", restricted.ScopeOrganId);
        }
        var whereSql = where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where);
        parameters.Add("Skip", query.Page.Skip);
        parameters.Add("Take", query.Page.Take);
        var connection = await uow.ConnectionAsync(ct);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM shared_audit" + whereSql, parameters, cancellationToken: ct));
        var rows = total == 0 ? [] : (await connection.QueryAsync<AuditRow>(new CommandDefinition(dialect.Page(
            $"SELECT id, occurred_at, principal, client, principal_organ_id, action, entity_type, entity_id, organ_id, changes, trace_id FROM shared_audit{whereSql} ORDER BY occurred_at DESC, id"),
            parameters, cancellationToken: ct))).AsList();
        return new PagedResult<AuditEntryResponse>(rows.Select(r => new AuditEntryResponse(r.Id, r.OccurredAt, r.Principal, r.Client, r.PrincipalOrganId,
            r.Action, r.EntityType, r.EntityId, r.OrganId, JsonDocument.Parse(r.Changes).RootElement.Clone(), r.TraceId)).ToList(), query.Page.Page, query.Page.PageSize, total);
    }

    private sealed class AuditRow
    {
        public Guid Id { get; init; }
        public DateTimeOffset OccurredAt { get; init; }
        public string Principal { get; init; } = "";
        public string? Client { get; init; }
        public Guid? PrincipalOrganId { get; init; }
        public string Action { get; init; } = "";
        public string EntityType { get; init; } = "";
        public Guid EntityId { get; init; }
        public Guid? OrganId { get; init; }
        public string Changes { get; init; } = "{}";
        public string? TraceId { get; init; }
    }
}
