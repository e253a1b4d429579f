using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Domain;

namespace OrganAffairs.ForeignAffairs.Support;

/// <summary>Agreement rows to answers, with the reminder and the next anniversary as of a day.</summary>
internal static class AgreementMapping
{
    public static List<AgreementStep> StepsOf(AgreementRow row) => RuleJson.Read<List<AgreementStep>>(row.Steps);

    public static AgreementResponse ToResponse(this AgreementRow row, DateOnly today)
    {
        (DateOnly On, int Years)? anniversary = row.SignedOn is { } signed && row.State == AgreementState.Signed ? AgreementChain.NextAnniversary(signed, today) : null;
        return new AgreementResponse(row.Id, row.OrganId, row.PartnerCity, row.PartnerCountry, row.Type, row.Subject, row.State, StepsOf(row), row.SignedOn, row.ExpiresOn,
            row.RenewalReminderDays, row.ExpiresOn is { } e ? AgreementChain.ReminderOn(e, row.RenewalReminderDays) : null, anniversary?.On, anniversary?.Years,
            row.Version, row.CreatedAt, row.UpdatedAt);
    }
}
