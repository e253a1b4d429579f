using OrganAffairs.Contracts.ForeignAffairs;

namespace OrganAffairs.ForeignAffairs.Domain;

/// <summary>The approval chain of each type of agreement, and its dates: renewal reminders and anniversaries at 10-year intervals.</summary>
internal static class AgreementChain
{
    public const int DefaultReminderDays = 90;
    public const int AnniversaryInterval = 10;

    /// <summary>The states of the type in order (友好城市工作管理规定, 2002, M; the friendly exchange city's shorter chain is ours, U).</summary>
    public static IReadOnlyList<AgreementState> Of(AgreementType type) => type switch
    {
        AgreementType.LetterOfIntent => [AgreementState.Proposed, AgreementState.Signed],
        AgreementType.FriendlyExchangeCity =>
            [AgreementState.Proposed, AgreementState.Exchanges, AgreementState.CityApplication, AgreementState.ProvincialReview, AgreementState.Signed],
        _ => [AgreementState.Proposed, AgreementState.Exchanges, AgreementState.CityApplication, AgreementState.ProvincialReview, AgreementState.NationalApproval,
            AgreementState.Signed],
    };

    /// <summary>One step forward along the chain, or Terminated from any state but Terminated.</summary>
    public static bool CanMove(AgreementType type, AgreementState from, AgreementState to)
    {
        if (to == AgreementState.Terminated)
        {
            return from != AgreementState.Terminated;
        }
        var chain = Of(type);
        var index = IndexOf(chain, from);
        return index >= 0 && index + 1 < chain.Count && chain[index + 1] == to;
    }

    private static int IndexOf(IReadOnlyList<AgreementState> chain, AgreementState state)
    {
        for (var i = 0; i < chain.Count; i++)
        {
            if (chain[i] == state)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The next anniversary at a 10-year interval on or after <paramref name="today"/> and its years.</summary>
    public static (DateOnly On, int Years) NextAnniversary(DateOnly signedOn, DateOnly today)
    {
        var years = AnniversaryInterval;
        while (signedOn.AddYears(years) < today)
        {
            years += AnniversaryInterval;
        }
        return (signedOn.AddYears(years), years);
    }

    /// <summary>The day the renewal is due for attention.</summary>
    public static DateOnly ReminderOn(DateOnly expiresOn, int days) => expiresOn.AddDays(-days);
}
