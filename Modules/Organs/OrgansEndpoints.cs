using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Organs.Features;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Organs;

/// <summary>Every route of the Organs module, on one screen.</summary>
internal static class OrgansEndpoints
{
    private const string Root = "/api/v1/organs";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var organs = app.MapGroup(Root).WithTags(OrgansModule.OrgansTag);

        organs.MapPost("/", CreateOrgan).WithName("Organs_CreateOrgan")
            .WithSummary("Register an organ (登记机关)")
            .WithDescription("Checks the unified social credit code (GB 32100-2015); an early pilot code that fails the check needs usccCheckOverrideReason, which is audited. Accepts Idempotency-Key.")
            .Produces<OrganResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(OrgansModule.WriteScope);
        organs.MapGet("/{id:guid}", GetOrgan).WithName("Organs_GetOrgan")
            .WithSummary("Get an organ, with its ETag")
            .WithDescription("The ETag header carries the organ's version; send it back as If-Match to update. Another organ's record answers 404 like a missing one.")
            .Produces<OrganResponse>().Problems(404)
            .RequireScope(OrgansModule.ReadScope);
        organs.MapGet("/", ListOrgans).WithName("Organs_ListOrgans")
            .WithSummary("List organs with filters and paging")
            .WithDescription("Filters: level, type, parentId, status, q (name or short name contains). Sort fields: name, divisionCode, createdAt, updatedAt; prefix - for descending.")
            .Produces<PagedResult<OrganResponse>>().Problems(400).StrictEnums<OrganListParameters>()
            .RequireScope(OrgansModule.ReadScope);
        organs.MapPut("/{id:guid}", UpdateOrgan).WithName("Organs_UpdateOrgan")
            .WithSummary("Update an organ's settable fields (If-Match required)")
            .WithDescription("Replaces name, short name, division code, level, type, parent and headcount. The credit code, status and ids are not settable. A parent that would close a cycle is 409; a dissolved organ cannot change (409).")
            .Produces<OrganResponse>().UpdateProblems()
            .RequireScope(OrgansModule.WriteScope);
        organs.MapPost("/{id:guid}/dissolve", DissolveOrgan).WithName("Organs_DissolveOrgan")
            .WithSummary("Dissolve an organ (撤销); it is kept with status Dissolved")
            .WithDescription("Organs are never deleted. Refused (409) while the organ has active subordinate organs or is already dissolved.")
            .Produces<OrganResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(OrgansModule.WriteScope);

        var staff = app.MapGroup(Root + "/staff").WithTags(OrgansModule.StaffTag);
        staff.MapPost("/", CreateStaffMember).WithName("Organs_CreateStaffMember")
            .WithSummary("Register a staff member with a primary post")
            .WithDescription("The rank must be a rank of the organ's administrative level in force today for its division (see GET /api/v1/organs/ranks). Accepts Idempotency-Key.")
            .Produces<StaffMemberResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(OrgansModule.WriteScope);
        staff.MapGet("/{id:guid}", GetStaffMember).WithName("Organs_GetStaffMember")
            .WithSummary("Get a staff member with their posts, with its ETag")
            .WithDescription("Posts include the primary post and concurrent posts, open and ended.")
            .Produces<StaffMemberResponse>().Problems(404)
            .RequireScope(OrgansModule.ReadScope);
        staff.MapGet("/", ListStaffMembers).WithName("Organs_ListStaffMembers")
            .WithSummary("List staff members with filters and paging")
            .WithDescription("Filters: organId, status, rankCode, q (name contains). Sort fields: name, rankCode, createdAt.")
            .Produces<PagedResult<StaffMemberResponse>>().Problems(400).StrictEnums<StaffListParameters>()
            .RequireScope(OrgansModule.ReadScope);
        staff.MapPut("/{id:guid}", UpdateStaffMember).WithName("Organs_UpdateStaffMember")
            .WithSummary("Update a staff member's name, rank and post title (If-Match required)")
            .WithDescription("Organ and status change only through the transfer and retire actions; a transferred or retired member cannot be updated (409).")
            .Produces<StaffMemberResponse>().UpdateProblems()
            .RequireScope(OrgansModule.WriteScope);
        staff.MapPost("/{id:guid}/transfer", TransferStaffMember).WithName("Organs_TransferStaffMember")
            .WithSummary("Transfer a staff member to another organ (调动); publishes StaffTransferred")
            .WithDescription("The primary post ends the day before effectiveOn and a new one starts in the receiving organ. With toOrganId null the person leaves the organs served: status Transferred, and concurrent posts end too.")
            .Produces<StaffMemberResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(OrgansModule.WriteScope);
        staff.MapPost("/{id:guid}/retire", RetireStaffMember).WithName("Organs_RetireStaffMember")
            .WithSummary("Retire a staff member (退休); publishes StaffRetired")
            .WithDescription("Every open post ends the day before effectiveOn; each ended concurrent post also publishes ConcurrentPostEnded.")
            .Produces<StaffMemberResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(OrgansModule.WriteScope);
        staff.MapPost("/{id:guid}/concurrent-posts", AddConcurrentPost).WithName("Organs_AddConcurrentPost")
            .WithSummary("Add a concurrent post (兼职) in another organ")
            .WithDescription("One open concurrent post per organ; not in the member's own organ (409).")
            .Produces<StaffMemberResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(OrgansModule.WriteScope);
        staff.MapPost("/{id:guid}/concurrent-posts/{postId:guid}/end", EndConcurrentPost).WithName("Organs_EndConcurrentPost")
            .WithSummary("End a concurrent post; publishes ConcurrentPostEnded")
            .WithDescription("Ending on the day the post started is allowed; a primary post ends only by transfer or retirement (409).")
            .Produces<StaffMemberResponse>().Problems(400, 404, 409, 413, 415)
            .RequireScope(OrgansModule.WriteScope);

        var ranks = app.MapGroup(Root + "/ranks").WithTags(OrgansModule.RanksTag);
        ranks.MapGet("/", ListRanks).WithName("Organs_ListRanks")
            .WithSummary("The rank rule table (职级): every version, or the ranks in force on a date")
            .WithDescription("With `on`, returns per rank the most specific version in force for `jurisdiction` (a 6-digit code falls back to its prefecture, province, then national).")
            .Produces<IReadOnlyList<RankResponse>>().Problems(400).StrictEnums<RankListParameters>()
            .RequireScope(OrgansModule.ReadScope);
        ranks.MapPost("/", CreateRankVersion).WithName("Organs_CreateRankVersion")
            .WithSummary("Add a rank version; the version it supersedes ends the day before")
            .WithDescription("Rule-table edits are new versions, never overwrites: findings dated before effectiveFrom keep using the old version. Cite the source document.")
            .Produces<RankResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(Scopes.Admin);
        return app;
    }

    private static async Task<Created<OrganResponse>> CreateOrgan(CreateOrganRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var organ = await mediator.Send(new CreateOrganCommand(body), ct);
        http.Response.Headers.ETag = ETags.For(organ.Version);
        return TypedResults.Created($"{Root}/{organ.Id}", organ);
    }

    private static async Task<Ok<OrganResponse>> GetOrgan(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetOrganByIdQuery(id), ct), o => o.Version);

    private static async Task<Ok<PagedResult<OrganResponse>>> ListOrgans([AsParameters] OrganListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListOrgansQuery(
            new OrganFilter(p.Level, p.Type, p.ParentId, p.Status, p.Q), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));

    private static async Task<Ok<OrganResponse>> UpdateOrgan(Guid id, UpdateOrganRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateOrganCommand(id, ETags.RequireIfMatch(http), body), ct), o => o.Version);

    private static async Task<Ok<OrganResponse>> DissolveOrgan(Guid id, DissolveOrganRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new DissolveOrganCommand(id, body), ct), o => o.Version);

    private static async Task<Created<StaffMemberResponse>> CreateStaffMember(CreateStaffMemberRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var member = await mediator.Send(new CreateStaffMemberCommand(body), ct);
        http.Response.Headers.ETag = ETags.For(member.Version);
        return TypedResults.Created($"{Root}/staff/{member.Id}", member);
    }

    private static async Task<Ok<StaffMemberResponse>> GetStaffMember(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetStaffMemberByIdQuery(id), ct), s => s.Version);

    private static async Task<Ok<PagedResult<StaffMemberResponse>>> ListStaffMembers([AsParameters] StaffListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListStaffMembersQuery(
            new StaffFilter(p.OrganId, p.Status, p.RankCode, p.Q), PageRequest.From(p.Page, p.PageSize), p.Sort), ct));

    private static async Task<Ok<StaffMemberResponse>> UpdateStaffMember(Guid id, UpdateStaffMemberRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateStaffMemberCommand(id, ETags.RequireIfMatch(http), body), ct), s => s.Version);

    private static async Task<Ok<StaffMemberResponse>> TransferStaffMember(Guid id, TransferStaffMemberRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new TransferStaffMemberCommand(id, body), ct), s => s.Version);

    private static async Task<Ok<StaffMemberResponse>> RetireStaffMember(Guid id, RetireStaffMemberRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new RetireStaffMemberCommand(id, body), ct), s => s.Version);

    private static async Task<Ok<StaffMemberResponse>> AddConcurrentPost(Guid id, AddConcurrentPostRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new AddConcurrentPostCommand(id, body), ct), s => s.Version);

    private static async Task<Ok<StaffMemberResponse>> EndConcurrentPost(Guid id, Guid postId, EndConcurrentPostRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new EndConcurrentPostCommand(id, postId, body), ct), s => s.Version);

    private static async Task<Ok<IReadOnlyList<RankResponse>>> ListRanks([AsParameters] RankListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListRanksQuery(p.Level, p.Jurisdiction, p.On), ct));

    private static async Task<Created<RankResponse>> CreateRankVersion(CreateRankVersionRequest body, IMediator mediator, CancellationToken ct)
    {
        var rank = await mediator.Send(new CreateRankVersionCommand(body), ct);
        return TypedResults.Created($"{Root}/ranks?jurisdiction={rank.Jurisdiction}&level={rank.Level}", rank);
    }
}

/// <summary>Query parameters of GET /api/v1/organs.</summary>
internal sealed record OrganListParameters(
    [property: FromQuery(Name = "level")] AdministrativeLevel? Level,
    [property: FromQuery(Name = "type")] OrganType? Type,
    [property: FromQuery(Name = "parentId")] Guid? ParentId,
    [property: FromQuery(Name = "status")] OrganStatus? Status,
    [property: FromQuery(Name = "q")] string? Q,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize,
    [property: FromQuery(Name = "sort")] string? Sort);

/// <summary>Query parameters of GET /api/v1/organs/ranks.</summary>
internal sealed record RankListParameters(
    [property: FromQuery(Name = "level")] AdministrativeLevel? Level,
    [property: FromQuery(Name = "jurisdiction")] string? Jurisdiction,
    [property: FromQuery(Name = "on")] DateOnly? On);

/// <summary>Query parameters of GET /api/v1/organs/staff.</summary>
internal sealed record StaffListParameters(
    [property: FromQuery(Name = "organId")] Guid? OrganId,
    [property: FromQuery(Name = "status")] StaffStatus? Status,
    [property: FromQuery(Name = "rankCode")] string? RankCode,
    [property: FromQuery(Name = "q")] string? Q,
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "pageSize")] int? PageSize,
    [property: FromQuery(Name = "sort")] string? Sort);
