using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Access.Data;
using OrganAffairs.Access.Domain;
using OrganAffairs.Access.Support;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.References;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Access.Features;

/// <summary>Create an API key (Access_CreateApiKey): the route.</summary>
internal static class CreateApiKey
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder keys) =>
        keys.MapPost("/", Handle).WithName("Access_CreateApiKey")
            .WithSummary("Create an API key; the key is in this response only (创建 API 密钥)")
            .WithDescription("Stored only as a hash. Scopes must be declared ones (organs.read, organs.write, admin, …). The owning organ limits what the key sees unless it is the bureau. Accepts Idempotency-Key.")
            .Produces<IssuedApiKeyResponse>(StatusCodes.Status201Created).CreateProblems();

    private static async Task<Created<IssuedApiKeyResponse>> Handle(CreateApiKeyRequest body, IMediator mediator, CancellationToken ct)
    {
        var issued = await mediator.Send(new CreateApiKeyCommand(body), ct);
        return TypedResults.Created($"{AccessEndpoints.Root}/{issued.ApiKey.Id}", issued);
    }
}

internal sealed record CreateApiKeyCommand(CreateApiKeyRequest Body) : ICommand<IssuedApiKeyResponse>;

internal sealed class CreateApiKeyValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyValidator(IEnumerable<DeclaredScope> declared)
    {
        var known = declared.Select(s => s.Name).Append(Scopes.Admin).ToHashSet(StringComparer.Ordinal);
        RuleFor(c => c.Body.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.Scopes).NotEmpty().MaxItems(50);
        RuleForEach(c => c.Body.Scopes).Must(known.Contains)
            .WithErrorCode(AccessErrors.ScopeUnknown.Code).WithMessage(_ => $"{AccessErrors.ScopeUnknown.Title} ({string.Join(", ", known.Order())})");
    }
}

/// <summary>Creates a key for an organ the caller may see; the organ is checked through the Organs module's Contracts query.</summary>
internal sealed class CreateApiKeyHandler(ApiKeyRepository keys, IMediator mediator, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateApiKeyCommand, IssuedApiKeyResponse>
{
    public async Task<IssuedApiKeyResponse> Handle(CreateApiKeyCommand command, CancellationToken ct)
    {
        var body = command.Body;
        var now = clock.UtcNow;
        if (body.ExpiresAt is { } expires && expires <= now)
        {
            throw ProblemException.ForField(AccessErrors.ExpiryInPast, "expiresAt");
        }
        // A dissolved organ's principals must not act: no new key for it (one policy with the duty modules).
        await OrganReferences.ActiveAsync(mediator, body.OrganId, "organId", AccessErrors.OrganNotFound, ct);
        var row = new ApiKeyRow
        {
            Id = ids.NewId(),
            Name = body.Name.Trim(),
            OrganId = body.OrganId,
            Scopes = string.Join(' ', body.Scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
            Version = 1,
            CreatedAt = now,
            ExpiresAt = body.ExpiresAt,
        };
        var key = ApiKeySecret.Issue(row.Id);
        row.KeyHash = ApiKeySecret.Hash(key);
        await keys.InsertAsync(row, ct);
        audit.Record("ApiKey", row.Id, row.OrganId, AuditTrail.Diff(null, ApiKeyMapping.Snapshot(row)));
        return new IssuedApiKeyResponse(ApiKeyMapping.ToResponse(row), key);
    }
}
