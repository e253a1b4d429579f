using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Support;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>Every organ's yearly publication and filing for a year; status=Late gives the late list (Buildings_ListAnnualSubmissions): the route.</summary>
internal static class ListAnnualSubmissions
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder submissions) =>
        submissions.MapGet("/", Handle).WithName("Buildings_ListAnnualSubmissions")
            .WithSummary("Every organ's yearly publication (公示) and filing (备案) for a year; status=Late gives the late list")
            .WithDescription("B9: every organ holding an allocation at the year's end (today while the year runs) and every organ that submitted, once per kind, with the due date (rule data) and the status: Pending, Submitted, SubmittedLate, or Late (due date passed, nothing submitted). Filters: organId, kind, status. An ordinary organ sees its own.")
            .Produces<IReadOnlyList<AnnualSubmissionResponse>>().Problems(400)
            .RequireScope(BuildingsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<AnnualSubmissionResponse>>> Handle([AsParameters] AnnualSubmissionListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListAnnualSubmissionsQuery(p.Year ?? 0, p.OrganId, p.Kind, p.Status), ct));
}

internal sealed record ListAnnualSubmissionsQuery(int Year, Guid? OrganId, AnnualObligation? Kind, SubmissionStatus? Status) : IQuery<IReadOnlyList<AnnualSubmissionResponse>>;

internal sealed class ListAnnualSubmissionsValidator : AbstractValidator<ListAnnualSubmissionsQuery>
{
    public ListAnnualSubmissionsValidator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100).OverridePropertyName("year");
}

internal sealed class ListAnnualSubmissionsHandler(AnnualObligations obligations, BusinessClock clock)
    : IRequestHandler<ListAnnualSubmissionsQuery, IReadOnlyList<AnnualSubmissionResponse>>
{
    public async Task<IReadOnlyList<AnnualSubmissionResponse>> Handle(ListAnnualSubmissionsQuery query, CancellationToken ct) =>
        (await obligations.OfYearAsync(query.Year, query.OrganId, clock.Today, ct))
        .Where(s => (query.Kind is null || s.Kind == query.Kind) && (query.Status is null || s.Status == query.Status)).ToList();
}

/// <summary>Query parameters of GET /api/v1/buildings/annual-submissions.</summary>
internal sealed record AnnualSubmissionListParameters
{
    [FromQuery(Name = "year")] public int? Year { get; init; }
    [FromQuery(Name = "organId")] public Guid? OrganId { get; init; }
    [FromQuery(Name = "kind")] public AnnualObligation? Kind { get; init; }
    [FromQuery(Name = "status")] public SubmissionStatus? Status { get; init; }
}
