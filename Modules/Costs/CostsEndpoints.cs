using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Costs.Features;

namespace OrganAffairs.Costs;

/// <summary>The Costs module's index: one line per operation, in the contract's order; each route is in its feature file.</summary>
internal static class CostsEndpoints
{
    internal const string Root = "/api/v1/costs";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var budgets = app.MapGroup(Root + "/budgets").WithTags(CostsModule.BudgetsTag);
        CreateBudget.Map(budgets);
        GetBudget.Map(budgets);
        AdjustBudget.Map(budgets);

        var finalAccounts = app.MapGroup(Root + "/final-accounts").WithTags(CostsModule.BudgetsTag);
        CreateFinalAccount.Map(finalAccounts);
        GetFinalAccount.Map(finalAccounts);

        var disclosures = app.MapGroup(Root + "/disclosures").WithTags(CostsModule.DisclosuresTag);
        GetDisclosure.Map(disclosures);
        PublishDisclosure.Map(disclosures);

        var trainingCosts = app.MapGroup(Root + "/training-costs").WithTags(CostsModule.DisclosuresTag);
        GetTrainingCost.Map(trainingCosts);
        PutTrainingCost.Map(trainingCosts);

        var rollups = app.MapGroup(Root + "/rollups").WithTags(CostsModule.DisclosuresTag);
        GetDisclosureRollup.Map(rollups);

        var actuals = app.MapGroup(Root + "/actuals").WithTags(CostsModule.ActualsTag);
        GetActuals.Map(actuals);

        var reconciliation = app.MapGroup(Root + "/reconciliation").WithTags(CostsModule.ActualsTag);
        GetReconciliation.Map(reconciliation);
        PostMissingCosts.Map(reconciliation);

        var operatingCosts = app.MapGroup(Root + "/operating-costs").WithTags(CostsModule.OperatingCostsTag);
        GetOperatingCost.Map(operatingCosts);
        PutOperatingCostEntries.Map(operatingCosts);

        var rules = app.MapGroup(Root + "/rules").WithTags(CostsModule.RulesTag);
        ListDisclosureDueRules.Map(rules);
        CreateDisclosureDueRule.Map(rules);
        ListChangeReasonRules.Map(rules);
        CreateChangeReasonRule.Map(rules);
        return app;
    }
}
