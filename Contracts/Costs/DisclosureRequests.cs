namespace OrganAffairs.Contracts.Costs;

/// <summary>Which approval a disclosure (公开) follows: the budget's (预算) or the final accounts' (决算).</summary>
public enum DisclosureKind
{
    Budget = 1,
    FinalAccount = 2,
}

/// <summary>Draft until published; a published pack is frozen.</summary>
public enum DisclosureStatus
{
    Draft = 1,
    Published = 2,
}

/// <summary>One line of a disclosure: the previous year's actuals, the current figure and the change.</summary>
/// <param name="Previous">Actuals of the year before.</param>
/// <param name="Current">The budget's line total (Budget) or the final accounts' actual (FinalAccount).</param>
/// <param name="Change">Current − previous.</param>
/// <param name="ChangePercent">The change as a percentage of the previous figure, 2 decimals; null when the previous figure is 0.</param>
/// <param name="ReasonRequired">The change passes the threshold of the rule in force (T4): publishing needs a reason.</param>
/// <param name="Reason">The reason given on publication.</param>
public sealed record DisclosureLineResponse(CostLine Line, decimal Previous, decimal Current, decimal Change, decimal? ChangePercent, bool ReasonRequired, string? Reason);

/// <summary>The disclosure's statistics for the year (T4), from the source modules' Contracts queries.</summary>
/// <param name="Delegations">Outbound delegations that departed in the year (ForeignAffairs, 团组数); null only in packs published before it was counted.</param>
/// <param name="Travellers">Their travellers, each delegation counted in full (人次); null only in packs published before it was counted.</param>
/// <param name="VehiclesBought">Vehicles acquired by purchase (购置) in the year (Vehicles).</param>
/// <param name="VehiclesHeld">Vehicles held at the year's end (Vehicles).</param>
/// <param name="Receptions">Domestic receptions approved, held or settled in the year (Reception).</param>
/// <param name="Guests">Their guests.</param>
/// <param name="ForeignReceptions">Foreign receptions: incoming delegations arriving in the year (ForeignAffairs).</param>
/// <param name="ForeignGuests">Their guests.</param>
public sealed record DisclosureStatistics(
    int? Delegations, int? Travellers, int VehiclesBought, int VehiclesHeld, int Receptions, int Guests, int ForeignReceptions = 0, int ForeignGuests = 0);

/// <summary>
/// An organ's 三公经费 disclosure pack for a year (T3, T4): due 20 calendar days (rule data) after the approval date —
/// due on that day, overdue from the next while not published.
/// </summary>
/// <param name="DueOn">Approval date + the rule's days.</param>
/// <param name="Overdue">Not published and today is after <paramref name="DueOn"/>, or published after it.</param>
/// <param name="ThresholdPercent">A change beyond this share of the previous year's figure needs a reason (rule data).</param>
/// <param name="Companion">The companion table of meeting and training costs; null only in packs published before it was added.</param>
public sealed record DisclosureResponse(
    Guid OrganId, int Year, DisclosureKind Kind, DisclosureStatus Status, DateOnly ApprovedOn, DateOnly DueOn, bool Overdue, decimal ThresholdPercent,
    IReadOnlyList<DisclosureLineResponse> Lines, decimal PreviousTotal, decimal CurrentTotal, DisclosureStatistics Statistics, DateTimeOffset? PublishedAt,
    DisclosureCompanion? Companion = null);

/// <summary>A reason for one line's change.</summary>
public sealed record DisclosureReason(CostLine Line, string Reason);

/// <summary>Publish a disclosure: the kind, and a reason for each line whose change passes the threshold.</summary>
public sealed record PublishDisclosureRequest(DisclosureKind Kind, IReadOnlyList<DisclosureReason> Reasons);

/// <summary>One line of a jurisdiction's roll-up: the organs' disclosure figures summed.</summary>
/// <param name="Previous">The previous year's actuals of the organs summed.</param>
/// <param name="Current">Their budgets' line totals (Budget) or final accounts' actuals (FinalAccount) summed.</param>
/// <param name="Change">Current − previous.</param>
public sealed record DisclosureRollupLine(CostLine Line, decimal Previous, decimal Current, decimal Change);

/// <summary>
/// The 三公经费 disclosure figures of a bureau's jurisdiction for a year, summed over the organs that have the budget (or final
/// accounts) of the year: 本级 (<c>Own</c>, organs with exactly the bureau's division code) or the whole jurisdiction (with the lower
/// ones), within the caller's own scope.
/// </summary>
/// <param name="DivisionCode">The bureau's division code.</param>
/// <param name="Organs">Organs summed (those with the budget, or final accounts, of the year).</param>
/// <param name="Published">Of them, how many have published this pack.</param>
/// <param name="Statistics">The organs' statistics summed.</param>
public sealed record DisclosureRollupResponse(
    Guid BureauId, string DivisionCode, int Year, DisclosureKind Kind, OrganAffairs.Contracts.Guidance.JurisdictionLevel Level, int Organs, int Published,
    IReadOnlyList<DisclosureRollupLine> Lines, decimal PreviousTotal, decimal CurrentTotal, DisclosureStatistics Statistics);
