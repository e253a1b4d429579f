using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Guidance.Data;

namespace OrganAffairs.Guidance.Support;

internal static class RuleDocumentMapping
{
    public static RuleDocumentResponse ToResponse(this RuleDocumentRow r) =>
        new(r.Id, r.Title, r.DocumentNumber, r.Issuer, Enum.Parse<RuleDocumentType>(r.Type), r.Jurisdiction, Enum.Parse<RuleDocumentStatus>(r.Status), r.Trial,
            r.IssuedOn, r.PublishedOn, r.EffectiveOn, r.ExpiresOn, r.RegistrationNumber, r.SourceUrl, r.SupersedesId, r.SupersededById, r.CreatedAt);
}
