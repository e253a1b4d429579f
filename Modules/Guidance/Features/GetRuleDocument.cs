using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Shared.Time;
using OrganAffairs.Guidance.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Guidance.Features;

/// <summary>Get a register document (Guidance_GetRuleDocument): the route.</summary>
internal static class GetRuleDocument
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder documents) =>
        documents.MapGet("/{id:guid}", Handle).WithName("Guidance_GetRuleDocument")
            .WithSummary("Get a rule or system document of the register (制度文件详情)")
            .WithDescription("The register is rule data: every principal with guidance.read reads it. The status is as of today: a published document is " +
                             "InForce from its effective date, Expired after its last valid day and Superseded from its successor's effective date. " +
                             "The ETag is the version for If-Match.")
            .Produces<RuleDocumentResponse>().Problems(404)
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<Ok<RuleDocumentResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetRuleDocumentQuery(id), ct), d => d.Version);
}

internal sealed record GetRuleDocumentQuery(Guid Id) : IQuery<RuleDocumentResponse>;

internal sealed class GetRuleDocumentHandler(RuleDocumentRepository documents, BusinessClock clock) : IRequestHandler<GetRuleDocumentQuery, RuleDocumentResponse>
{
    public async Task<RuleDocumentResponse> Handle(GetRuleDocumentQuery query, CancellationToken ct) =>
        (await documents.GetAsync(query.Id, clock.Today, ct) ?? throw new ProblemException(GuidanceErrors.DocumentNotFound)).ToResponse();
}
