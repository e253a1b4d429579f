using OrganAffairs.Contracts.Guidance;

namespace OrganAffairs.Guidance.Domain;

/// <summary>
/// What each status of a register document needs (DOMAIN "Rules and systems register"): a number and a publication
/// date from Published on, an effective date from InForce on; a Draft or a document in consultation is not yet published
/// or effective; the dates run signed ≤ published ≤ effective ≤ last valid day.
/// </summary>
internal static class RuleDocumentRules
{
    public static bool IsPublished(RuleDocumentStatus status) => status is not (RuleDocumentStatus.Draft or RuleDocumentStatus.Consultation);

    public static bool HasTakenEffect(RuleDocumentStatus status) => IsPublished(status) && status != RuleDocumentStatus.Published;

    /// <summary>The problems of a document's status and dates, as (member, problem) pairs; empty when consistent.</summary>
    public static IReadOnlyList<(string Member, DocumentProblem Problem)> Problems(
        RuleDocumentStatus status, string? documentNumber, DateOnly? issuedOn, DateOnly? publishedOn, DateOnly? effectiveOn, DateOnly? expiresOn)
    {
        var problems = new List<(string, DocumentProblem)>();
        if (IsPublished(status))
        {
            if (string.IsNullOrWhiteSpace(documentNumber))
            {
                problems.Add(("documentNumber", DocumentProblem.Required));
            }
            if (publishedOn is null)
            {
                problems.Add(("publishedOn", DocumentProblem.Required));
            }
        }
        else
        {
            if (publishedOn is not null)
            {
                problems.Add(("publishedOn", DocumentProblem.MustBeEmpty));
            }
            if (effectiveOn is not null)
            {
                problems.Add(("effectiveOn", DocumentProblem.MustBeEmpty));
            }
        }
        if (HasTakenEffect(status) && effectiveOn is null)
        {
            problems.Add(("effectiveOn", DocumentProblem.Required));
        }
        if (issuedOn is { } issued && publishedOn is { } published1 && published1 < issued)
        {
            problems.Add(("publishedOn", DocumentProblem.OutOfOrder));
        }
        if (publishedOn is { } published && effectiveOn is { } effective1 && effective1 < published)
        {
            problems.Add(("effectiveOn", DocumentProblem.OutOfOrder));
        }
        if (expiresOn is { } expires && (effectiveOn ?? publishedOn ?? issuedOn) is { } start && expires < start)
        {
            problems.Add(("expiresOn", DocumentProblem.OutOfOrder));
        }
        return problems;
    }
}

internal enum DocumentProblem
{
    Required,
    MustBeEmpty,
    OutOfOrder,
}
