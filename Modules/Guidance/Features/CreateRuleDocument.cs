using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
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

/// <summary>Register a document in the rules register (Guidance_CreateRuleDocument): the route.</summary>
internal static class CreateRuleDocument
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder documents) =>
        documents.MapPost("/", Handle).WithName("Guidance_CreateRuleDocument")
            .WithSummary("Register a rule or system document (制度)")
            .WithDescription("The bureau's own work (403 `auth.bureau-only` for others). A document is entered in its status with the dates that status needs: " +
                             "from Published on a number (文号) and the publication date, from InForce on the effective date; Draft and Consultation carry neither " +
                             "(400 `field.required` / `field.must-be-empty`); dates run signed ≤ published ≤ effective ≤ last valid day (400 `guidance.dates-out-of-order`). " +
                             "`supersedesId` links the document it replaces (which is marked Superseded when this one is in force; 409 " +
                             "`guidance.document-already-superseded` when another replaced it already). Rule-table versions cite the id as `documentId`. Accepts Idempotency-Key.")
            .Produces<RuleDocumentResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(GuidanceModule.WriteScope);

    private static async Task<Created<RuleDocumentResponse>> Handle(CreateRuleDocumentRequest body, IMediator mediator, CancellationToken ct)
    {
        var document = await mediator.Send(new CreateRuleDocumentCommand(body), ct);
        return TypedResults.Created($"{GuidanceEndpoints.Root}/documents/{document.Id}", document);
    }
}

internal sealed record CreateRuleDocumentCommand(CreateRuleDocumentRequest Body) : ICommand<RuleDocumentResponse>;

internal sealed class CreateRuleDocumentValidator : AbstractValidator<CreateRuleDocumentCommand>
{
    public CreateRuleDocumentValidator()
    {
        RuleFor(c => c.Body.Title).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.DocumentNumber).MaximumLength(100);
        RuleFor(c => c.Body.Issuer).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.Type).IsInEnum();
        RuleFor(c => c.Body.Status).IsInEnum();
        RuleFor(c => c.Body.Jurisdiction).NotEmpty().Must(Jurisdictions.IsJurisdiction)
            .WithErrorCode(GuidanceErrors.Jurisdiction.Code).WithMessage(_ => GuidanceErrors.Jurisdiction.Title);
        RuleFor(c => c.Body.RegistrationNumber).MaximumLength(100);
        RuleFor(c => c.Body.SourceUrl).MaximumLength(500)
            .Must(u => u is null || (Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            .WithErrorCode(GuidanceErrors.SourceUrlInvalid.Code).WithMessage(_ => GuidanceErrors.SourceUrlInvalid.Title);
    }
}

internal sealed class CreateRuleDocumentHandler(RuleDocumentRepository documents, OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateRuleDocumentCommand, RuleDocumentResponse>
{
    public async Task<RuleDocumentResponse> Handle(CreateRuleDocumentCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        var problems = RuleDocumentRules.Problems(b.Status, b.DocumentNumber, b.IssuedOn, b.PublishedOn, b.EffectiveOn, b.ExpiresOn);
        if (problems.Count > 0)
        {
            throw new ProblemException(SharedErrors.ValidationFailed, problems.Select(p => p.Problem switch
            {
                DocumentProblem.Required => new FieldError(p.Member, FieldErrors.Required.Code, FieldErrors.Required.Title),
                DocumentProblem.MustBeEmpty => new FieldError(p.Member, FieldErrors.MustBeEmpty.Code, FieldErrors.MustBeEmpty.Title),
                _ => new FieldError(p.Member, GuidanceErrors.DatesOutOfOrder.Code, GuidanceErrors.DatesOutOfOrder.Title),
            }).ToList());
        }
        RuleDocumentRow? replaced = null;
        if (b.SupersedesId is { } supersedesId)
        {
            replaced = await documents.GetAsync(supersedesId, clock.Today, ct) ?? throw ProblemException.ForField(GuidanceErrors.DocumentRefNotFound, "supersedesId");
            if (replaced.SupersededById is not null)
            {
                throw new ProblemException(GuidanceErrors.DocumentAlreadySuperseded);
            }
        }
        var row = new RuleDocumentRow
        {
            Id = ids.NewId(), Title = b.Title.Trim(), DocumentNumber = Trimmed(b.DocumentNumber), Issuer = b.Issuer.Trim(), Type = b.Type.ToString(),
            Jurisdiction = b.Jurisdiction, Status = b.Status.ToString(), Trial = b.Trial, IssuedOn = b.IssuedOn, PublishedOn = b.PublishedOn, EffectiveOn = b.EffectiveOn,
            ExpiresOn = b.ExpiresOn, RegistrationNumber = Trimmed(b.RegistrationNumber), SourceUrl = Trimmed(b.SourceUrl), SupersedesId = b.SupersedesId,
            CreatedAt = clock.UtcNow, Version = 1,
        };
        await documents.InsertAsync(row, ct);
        var response = (await documents.GetAsync(row.Id, clock.Today, ct))!.ToResponse();
        audit.Record("RuleDocument", row.Id, null, AuditTrail.Diff(null, response));
        if (replaced is not null)
        {
            var status = b.Status == RuleDocumentStatus.InForce ? nameof(RuleDocumentStatus.Superseded) : null;
            var before = replaced.ToResponse();
            await documents.LinkSuccessorAsync(replaced.Id, row.Id, status, b.EffectiveOn, ct);
            audit.Record("RuleDocument", replaced.Id, null, AuditTrail.Diff(before, (await documents.GetAsync(replaced.Id, clock.Today, ct))!.ToResponse()));
        }
        return response;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
