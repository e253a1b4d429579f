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
public sealed record AuditListParameters
{
    [FromQuery(Name = "entityId")] public Guid? EntityId { get; init; }
    [FromQuery(Name = "entityType")] public string? EntityType { get; init; }
    [FromQuery(Name = "principal")] public string? Principal { get; init; }
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "from")] public DateTimeOffset? From { get; init; }
    [FromQuery(Name = "to")] public DateTimeOffset? To { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
}

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
        var where = new SqlFilter()
            .Where("entity_id = @EntityId", "EntityId", f.EntityId)
            .Where("entity_type = @EntityType", "EntityType", f.EntityType)
            .Where("principal = @Principal", "Principal", f.Principal)
            .Where("organ_id = @OrganId", "OrganId", f.OrganId)
            .Where("occurred_at >= @From", "From", f.From)
            .Where("occurred_at < @To", "To", f.To)
            .Scoped(scope, "organ_id");
        var (rows, total) = await uow.PageAsync<AuditRow>(dialect, "shared_audit",
            "id, occurred_at, principal, client, principal_organ_id, action, entity_type, entity_id, organ_id, changes, trace_id", where,
            "ORDER BY occurred_at DESC, id", query.Page, ct);
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
