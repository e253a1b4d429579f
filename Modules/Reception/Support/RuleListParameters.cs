using Microsoft.AspNetCore.Mvc;

namespace OrganAffairs.Reception.Support;

/// <summary>Query parameters of the rule-table lists.</summary>
internal sealed record RuleListParameters(
    [property: FromQuery(Name = "jurisdiction")] string? Jurisdiction,
    [property: FromQuery(Name = "on")] DateOnly? On);
