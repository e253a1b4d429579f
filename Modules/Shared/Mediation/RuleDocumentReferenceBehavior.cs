using System.Collections.Concurrent;
using System.Reflection;
using MediatR;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Shared.Mediation;

/// <summary>The answer for a cited register document that does not exist, the same in every module.</summary>
public static class RuleDocumentReferences
{
    public static readonly ErrorCode NotFound = new("rules.document-not-found", 400,
        "所引用的制度文件不在制度库中（documentId）。", "The cited document is not in the rules register (documentId).");

    /// <summary>The request body a command carries as <c>Body</c>, when it cites a register document; null for every other request.</summary>
    internal static PropertyInfo? CitingBody(Type requestType) => Bodies.GetOrAdd(requestType, static t =>
        t.GetProperty("Body", BindingFlags.Public | BindingFlags.Instance) is { } body && typeof(ICitesRuleDocument).IsAssignableFrom(body.PropertyType) ? body : null);

    private static readonly ConcurrentDictionary<Type, PropertyInfo?> Bodies = new();
}

/// <summary>
/// Refuses a rule-table version that cites a document the rules register does not hold (issue 21 item 6), for every command
/// whose body is an <see cref="ICitesRuleDocument"/>, through the Guidance module's Contracts query — one check for every
/// rule table of every module, after validation and before the handler's transaction.
/// </summary>
internal sealed class RuleDocumentReferenceBehavior<TRequest, TResponse>(IMediator mediator) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (RuleDocumentReferences.CitingBody(typeof(TRequest))?.GetValue(request) is ICitesRuleDocument { DocumentId: { } documentId }
            && !await mediator.Send(new RuleDocumentExists(documentId), cancellationToken))
        {
            throw ProblemException.ForField(RuleDocumentReferences.NotFound, "documentId");
        }
        return await next();
    }
}
