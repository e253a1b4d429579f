using Microsoft.AspNetCore.Mvc;
using OrganAffairs.Contracts.Common;

namespace OrganAffairs.Buildings.Support;

/// <summary>The format parameter every report shares (only for the strict enum check).</summary>
internal sealed record ReportParameters([property: FromQuery(Name = "format")] ReportFormat? Format);
