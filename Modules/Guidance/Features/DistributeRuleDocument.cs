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

/// <summary>Distribute a document to lower-level bureaus (Guidance_DistributeRuleDocument): the route.</summary>
internal static class DistributeRuleDocument
{
    public const int MaxBureaus = 500;

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder documents) =>
        documents.MapPost("/{id:guid}/distributions", Handle).WithName("Guidance_DistributeRuleDocument")
            .WithSummary("Distribute a published document to lower-level bureaus, each to acknowledge by a date (下发)")
            .WithDescription("The bureau's own work (403 `auth.bureau-only`). Published or InForce only (409 `guidance.document-state`). Each of " +
                             "`bureauIds` (1–500, distinct) must be an active organ-affairs bureau (400 `guidance.bureau-ref-not-found`); " +
                             "`acknowledgeBy` not before today. A bureau that has the document already keeps its first distribution. Answers every " +
                             "distribution of the document. Accepts Idempotency-Key.")
            .Produces<IReadOnlyList<DocumentDistributionResponse>>().Problems(400, 403, 404, 409)
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Ok<IReadOnlyList<DocumentDistributionResponse>>> Handle(
        Guid id, DistributeRuleDocumentRequest body, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new DistributeRuleDocumentCommand(id, body), ct));
}

internal sealed record DistributeRuleDocumentCommand(Guid Id, DistributeRuleDocumentRequest Body) : ICommand<IReadOnlyList<DocumentDistributionResponse>>;

internal sealed class DistributeRuleDocumentValidator : AbstractValidator<DistributeRuleDocumentCommand>
{
    public DistributeRuleDocumentValidator()
    {
        RuleFor(c => c.Body.BureauIds).NotEmpty().Must(ids => ids.Count <= DistributeRuleDocument.MaxBureaus)
            .WithErrorCode(FieldErrors.OutOfRange.Code).WithMessage(_ => FieldErrors.OutOfRange.Title);
        RuleFor(c => c.Body.BureauIds).Must(ids => ids.Distinct().Count() == ids.Count)
            .WithErrorCode(FieldErrors.NotAllowed.Code).WithMessage(_ => FieldErrors.NotAllowed.Title);
        RuleForEach(c => c.Body.BureauIds).NotEmpty();
        RuleFor(c => c.Body.AcknowledgeBy).NotEmpty();
    }
}

internal sealed class DistributeRuleDocumentHandler(
    RuleDocumentRepository documents, OrganDirectory directory, BureauOrgan topBureau, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<DistributeRuleDocumentCommand, IReadOnlyList<DocumentDistributionResponse>>
{
    public async Task<IReadOnlyList<DocumentDistributionResponse>> Handle(DistributeRuleDocumentCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var today = clock.Today;
        var b = command.Body;
        var document = await documents.GetAsync(command.Id, today, ct) ?? throw new ProblemException(GuidanceErrors.DocumentNotFound);
        RuleDocumentWrites.EnsureStatus(document, RuleDocumentStatus.Published, RuleDocumentStatus.InForce);
        if (b.AcknowledgeBy < today)
        {
            throw ProblemException.ForField(FieldErrors.OutOfRange, "acknowledgeBy");
        }
        await directory.LoadAsync(b.BureauIds, ct);
        for (var i = 0; i < b.BureauIds.Count; i++)
        {
            var id = b.BureauIds[i];
            var code = topBureau.Is(id) ? null : await directory.BureauDivisionCodeAsync(id, ct);
            _ = code ?? throw ProblemException.ForField(GuidanceErrors.BureauRefNotFound, $"bureauIds[{i}]");
        }
        var at = clock.UtcNow;
        var rows = b.BureauIds.Select(bureau => new DocumentDistributionRow { DocumentId = document.Id, BureauId = bureau, AcknowledgeBy = b.AcknowledgeBy, DistributedAt = at })
            .ToList();
        if (await documents.DistributeAsync(rows, ct) > 0)
        {
            audit.Record("RuleDocumentDistribution", document.Id, null, AuditTrail.Diff(null, new { bureauIds = b.BureauIds, b.AcknowledgeBy }));
        }
        return (await documents.DistributionsAsync(document.Id, ct)).Select(r => r.ToResponse(today)).ToList();
    }
}
