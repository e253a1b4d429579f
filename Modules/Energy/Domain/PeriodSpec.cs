using OrganAffairs.Contracts.Energy;

namespace OrganAffairs.Energy.Domain;

/// <summary>A statistics period as the client names it; resolved to business dates.</summary>
internal sealed record PeriodSpec(PeriodKind? Kind, int? Year, int? Month, int? Quarter, DateOnly? From, DateOnly? To)
{
    public (DateOnly From, DateOnly To)? Resolve() => Kind switch
    {
        PeriodKind.Month when Year is >= 2000 and <= 2100 && Month is >= 1 and <= 12 =>
            (new DateOnly(Year.Value, Month.Value, 1), new DateOnly(Year.Value, Month.Value, 1).AddMonths(1).AddDays(-1)),
        PeriodKind.Quarter when Year is >= 2000 and <= 2100 && Quarter is >= 1 and <= 4 =>
            (new DateOnly(Year.Value, Quarter.Value * 3 - 2, 1), new DateOnly(Year.Value, Quarter.Value * 3 - 2, 1).AddMonths(3).AddDays(-1)),
        PeriodKind.Year when Year is >= 2000 and <= 2100 => (new DateOnly(Year.Value, 1, 1), new DateOnly(Year.Value, 12, 31)),
        PeriodKind.Custom when From is { } f && To is { } t && f <= t && t <= f.AddYears(10) && f.Year >= 2000 && t.Year <= 2100 => (f, t),
        _ => null,
    };
}
