using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Shared.Time;
using OrganAffairs.Guidance.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Guidance.Features;

/// <summary>List the register's documents (Guidance_ListRuleDocuments): the route.</summary>
internal static class ListRuleDocuments
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder documents) =>
        documents.MapGet("/", Handle).WithName("Guidance_ListRuleDocuments")
            .WithSummary("List the rules register (制度) with filters and paging")
            .WithDescription("Filters: type, status (as of today, as GET /documents/{id} answers it), jurisdiction (`national` or a 6-digit code, exactly). Sort fields: publishedOn, effectiveOn, createdAt; default -createdAt.")
            .Produces<PagedResult<RuleDocumentResponse>>().Problems(400).StrictEnums<RuleDocumentListParameters>()
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<Ok<PagedResult<RuleDocumentResponse>>> Handle([AsParameters] RuleDocumentListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListRuleDocumentsQuery(p.Type, p.Status, p.Jurisdiction, PageRequest.From(p.Page, p.PageSize), p.Sort), ct));
}

/// <summary>Query parameters of GET /api/v1/guidance/documents.</summary>
internal sealed record RuleDocumentListParameters
{
    [FromQuery(Name = "type")] public RuleDocumentType? Type { get; init; }
    [FromQuery(Name = "status")] public RuleDocumentStatus? Status { get; init; }
    [FromQuery(Name = "jurisdiction")] public string? Jurisdiction { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
    [FromQuery(Name = "sort")] public string? Sort { get; init; }
}

internal sealed record ListRuleDocumentsQuery(RuleDocumentType? Type, RuleDocumentStatus? Status, string? Jurisdiction, PageRequest Page, string? Sort)
    : IQuery<PagedResult<RuleDocumentResponse>>;

internal sealed class ListRuleDocumentsValidator : AbstractValidator<ListRuleDocumentsQuery>
{
    public ListRuleDocumentsValidator()
    {
        RuleFor(q => q.Sort).MaximumLength(200).OverridePropertyName("sort");
        RuleFor(q => q.Jurisdiction).Must(j => j is null || Jurisdictions.IsJurisdiction(j)).OverridePropertyName("jurisdiction")
            .WithErrorCode(GuidanceErrors.Jurisdiction.Code).WithMessage(_ => GuidanceErrors.Jurisdiction.Title);
    }
}

internal sealed class ListRuleDocumentsHandler(RuleDocumentRepository documents, BusinessClock clock) : IRequestHandler<ListRuleDocumentsQuery, PagedResult<RuleDocumentResponse>>
{
    public async Task<PagedResult<RuleDocumentResponse>> Handle(ListRuleDocumentsQuery q, CancellationToken ct)
    {
        var (rows, total) = await documents.ListAsync(q.Type?.ToString(), q.Status?.ToString(), q.Jurisdiction, clock.Today, q.Page, RuleDocumentRepository.Sort.OrderBy(q.Sort), ct);
        return new PagedResult<RuleDocumentResponse>(rows.Select(r => r.ToResponse()).ToList(), q.Page.Page, q.Page.PageSize, total);
    }
}
