using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Domain;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Support;

/// <summary>The three coefficient tables' routes differ only by the table: their texts, answers and scopes are written once here.</summary>
internal static class CoefficientRoutes
{
    private static string Title(CoefficientTable table) => table switch
    {
        CoefficientTable.StandardCoal => "Standard-coal conversion coefficients (折标准煤系数, GB/T 2589)",
        CoefficientTable.Co2 => "CO₂ emission factors (排放因子): grid electricity by year and region, fuels",
        _ => "Fuel densities (燃料密度, kg/L) for fuel recorded in litres",
    };

    /// <summary>A table's list route: every version, or those in force on a date.</summary>
    public static RouteHandlerBuilder ListsCoefficients(this RouteHandlerBuilder route, CoefficientTable table) => route
        .WithSummary($"{Title(table)}: every version, or those in force on a date")
        .WithDescription("With `on`, per energy kind the most specific version in force for `jurisdiction` (a 6-digit code falls back to its prefecture, province, then national). Each carries its source and confidence; Unconfirmed values are to be checked against the publication.")
        .Produces<IReadOnlyList<CoefficientResponse>>().Problems(400)
        .RequireScope(EnergyModule.ReadScope);

    /// <summary>A table's create route: a new version (admin).</summary>
    public static RouteHandlerBuilder CreatesCoefficient(this RouteHandlerBuilder route, CoefficientTable table) => route
        .WithSummary($"Add a version of {Title(table)}; the version it supersedes ends the day before")
        .WithDescription("Readings keep being converted with the version in force on their own date, so a version from a date onward changes only what follows it. Admin scope, bureau only.")
        .Produces<CoefficientResponse>(StatusCodes.Status201Created).CreateProblems(403)
        .RequireScope(Scopes.Admin);
}
