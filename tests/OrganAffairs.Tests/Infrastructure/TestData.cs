namespace OrganAffairs.Tests.Infrastructure;

/// <summary>Valid, unique test values.</summary>
public static class TestData
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static int _sequence = Random.Shared.Next(1_000_000);

    /// <summary>A unified social credit code with a correct check character, unique within the run.</summary>
    public static string Uscc(string division = "320100")
    {
        var serial = Interlocked.Increment(ref _sequence).ToString("D9");
        var first17 = "11" + division + serial;
        return first17 + Shared.Checks.UnifiedSocialCreditCode.CheckCharacter(first17);
    }

    /// <summary>The same code with a wrong check character.</summary>
    public static string BadCheckUscc()
    {
        var good = Uscc();
        var wrong = Alphabet[(Alphabet.IndexOf(good[17]) + 1) % Alphabet.Length];
        return good[..17] + wrong;
    }

    public static object Organ(string? uscc = null, Guid? parentId = null, string name = "市机关事务管理局", string level = "Municipal", object? headcount = null) => new
    {
        name,
        shortName = "机关事务局",
        divisionCode = "320100",
        unifiedSocialCreditCode = uscc ?? Uscc(),
        level,
        type = "GovernmentDepartment",
        parentId,
        headcount = headcount ?? new[] { new { rankCode = "BureauPrincipal", approved = 1 }, new { rankCode = "BureauDeputy", approved = 3 } },
    };
}
