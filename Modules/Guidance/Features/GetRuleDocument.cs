using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Guidance.Data;
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
            .WithDescription("The register is rule data: every principal with guidance.read reads it.")
            .Produces<RuleDocumentResponse>().Problems(404)
            .RequireScope(GuidanceModule.ReadScope);

    private static async Task<Ok<RuleDocumentResponse>> Handle(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetRuleDocumentQuery(id), ct));
}

internal sealed record GetRuleDocumentQuery(Guid Id) : IQuery<RuleDocumentResponse>;

internal sealed class GetRuleDocumentHandler(RuleDocumentRepository documents) : IRequestHandler<GetRuleDocumentQuery, RuleDocumentResponse>
{
    public async Task<RuleDocumentResponse> Handle(GetRuleDocumentQuery query, CancellationToken ct) =>
        (await documents.GetAsync(query.Id, ct) ?? throw new ProblemException(GuidanceErrors.DocumentNotFound)).ToResponse();
}
