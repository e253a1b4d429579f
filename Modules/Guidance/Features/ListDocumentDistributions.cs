using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Guidance.Domain;
using OrganAffairs.Guidance.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Guidance.Features;

/// <summary>A document's distributions (Guidance_ListDocumentDistributions): the route.</summary>
internal static class ListDocumentDistributions
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder documents) =>
        documents.MapGet("/{id:guid}/distributions", Handle).WithName("Guidance_ListDocumentDistributions")
            .WithSummary("The bureaus a document was distributed to, and who acknowledged it when (下发与签收情况)")
            .WithDescription("The city bureau sees every distribution; a lower-level bureau those of its jurisdiction. `overdue`: not acknowledged " +
                             "and the acknowledgement day has passed. 404 `guidance.document-not-found` for an unknown document.")
            .Produces<IReadOnlyList<DocumentDistributionResponse>>().Problems(404)
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<DocumentDistributionResponse>>> Handle(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListDocumentDistributionsQuery(id), ct));
}

internal sealed record ListDocumentDistributionsQuery(Guid Id) : IQuery<IReadOnlyList<DocumentDistributionResponse>>;

internal sealed class ListDocumentDistributionsHandler(RuleDocumentRepository documents, BusinessClock clock)
    : IRequestHandler<ListDocumentDistributionsQuery, IReadOnlyList<DocumentDistributionResponse>>
{
    public async Task<IReadOnlyList<DocumentDistributionResponse>> Handle(ListDocumentDistributionsQuery query, CancellationToken ct)
    {
        var today = clock.Today;
        _ = await documents.GetAsync(query.Id, today, ct) ?? throw new ProblemException(GuidanceErrors.DocumentNotFound);
        return (await documents.DistributionsAsync(query.Id, ct)).Select(r => r.ToResponse(today)).ToList();
    }
}
