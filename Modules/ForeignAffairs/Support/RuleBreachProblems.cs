using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.ForeignAffairs.Support;

/// <summary>The <c>breaches</c> member of a 422 from the limit checks, documented on every operation that runs them.</summary>
internal static class RuleBreachProblems
{
    public static RouteHandlerBuilder RuleBreaches(this RouteHandlerBuilder builder) =>
        builder.ProblemExtension<IReadOnlyList<VisitRuleBreach>>(StatusCodes.Status422UnprocessableEntity, "breaches", "VisitRuleBreachesProblem",
            "Every rule the visit breaks, each naming its rule id (RULES.md F1–F5, F7, F11, F12) with the limit and the visit's value.");
}
