using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>List travel documents not handed back in time (ForeignAffairs_ListOverdueDocuments): the route.</summary>
internal static class ListOverdueDocuments
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder documents) =>
        documents.MapGet("/overdue", Handle).WithName("ForeignAffairs_ListOverdueDocuments")
            .WithSummary("Travel documents not handed back by their due date (F10), oldest return first (逾期未交回证照)")
            .WithDescription("Due = the return plus the hand-back days of the rule in force on the return date for the sending organ (7 calendar days nationally; working days when the rule says so). Overdue from the day after the due date. locksNewVisits marks documents overdue beyond the organ's lock (Beijing: 30 days), which refuse the organ's submissions. Filters: organId (the sending organ), asOf (default today). Numbers are always masked here. An organ sees its own visits' documents.")
            .Produces<PagedResult<OverdueDocumentResponse>>().Problems(400)
            .RequireScope(ForeignAffairsModule.ReadScope);

    private static async Task<Ok<PagedResult<OverdueDocumentResponse>>> Handle([AsParameters] OverdueDocumentParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListOverdueDocumentsQuery(p.OrganId, p.AsOf, PageRequest.From(p.Page, p.PageSize)), ct));
}

/// <summary>Query parameters of GET /api/v1/foreign-affairs/documents/overdue.</summary>
internal sealed record OverdueDocumentParameters
{
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "asOf")] public DateOnly? AsOf { get; init; }
    [FromQuery(Name = "page")] public int? Page { get; init; }
    [FromQuery(Name = "pageSize")] public int? PageSize { get; init; }
}

internal sealed record ListOverdueDocumentsQuery(Guid? OrganId, DateOnly? AsOf, PageRequest Page) : IQuery<PagedResult<OverdueDocumentResponse>>;

internal sealed class ListOverdueDocumentsValidator : AbstractValidator<ListOverdueDocumentsQuery>
{
    public ListOverdueDocumentsValidator() =>
        RuleFor(q => q.AsOf!.Value.Year).InclusiveBetween(2000, 2100).When(q => q.AsOf is not null).OverridePropertyName("asOf");
}

internal sealed class ListOverdueDocumentsHandler(HandBackBook handBack, TravelDocuments documents, BusinessClock clock)
    : IRequestHandler<ListOverdueDocumentsQuery, PagedResult<OverdueDocumentResponse>>
{
    public async Task<PagedResult<OverdueDocumentResponse>> Handle(ListOverdueDocumentsQuery query, CancellationToken ct)
    {
        var overdue = await handBack.OverdueAsync(query.OrganId, query.AsOf ?? clock.Today, ct);
        var items = overdue.Skip(query.Page.Skip).Take(query.Page.Take).Select(d => new OverdueDocumentResponse(
            d.Row.Id, d.Row.VisitId, d.Row.OrganId, d.Row.StaffMemberId, d.Row.PersonName, d.Row.DocumentKind,
            d.Row.DocumentNumber is { } stored ? DocumentNumbers.Mask(documents.Unprotect(stored)) : null,
            d.Row.ReturnedOn, d.DueOn, d.DaysOverdue, d.Locks)).ToList();
        return new PagedResult<OverdueDocumentResponse>(items, query.Page.Page, query.Page.PageSize, overdue.Count);
    }
}
