using Microsoft.AspNetCore.Mvc;

namespace OrganAffairs.Vehicles.Support;

/// <summary>Query parameters of the rule-table lists.</summary>
internal sealed record RuleListParameters
{
    [FromQuery(Name = "jurisdiction")] public string? Jurisdiction { get; init; }
    [FromQuery(Name = "on")] public DateOnly? On { get; init; }
}
