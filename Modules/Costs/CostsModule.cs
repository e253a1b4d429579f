using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Costs.Data;
using OrganAffairs.Costs.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Mediation;
using OrganAffairs.Shared;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Costs;

/// <summary>
/// The Costs module (三公经费 and, later, 机关运行成本): budgets per organ, year and line with their approval dates and
/// audited adjustments (no transfer into a 三公 line, T1), final accounts, and the actuals ledger posted from the duty
/// modules' cost events (and backfilled from their Contracts queries), each source item once.
/// </summary>
public static class CostsModule
{
    public const string Name = "costs";
    public const string ReadScope = "costs.read";
    public const string WriteScope = "costs.write";
    internal const string BudgetsTag = "Costs: budgets";
    internal const string ActualsTag = "Costs: actuals";
    internal const string DisclosuresTag = "Costs: disclosures";
    internal const string OperatingCostsTag = "Costs: operating costs";
    internal const string RulesTag = "Costs: rules";

    public static IServiceCollection AddCostsModule(this IServiceCollection services)
    {
        services.AddScoped<BudgetRepository>();
        services.AddScoped<FinalAccountRepository>();
        services.AddScoped<LedgerRepository>();
        services.AddScoped<BudgetViews>();
        services.AddScoped<OverBudgetCheck>();
        services.AddScoped<RuleRepository>();
        services.AddScoped<CostsRuleVersioning>();
        services.AddScoped<DisclosureRepository>();
        services.AddScoped<DisclosurePacks>();
        services.AddScoped<Reconciliations>();
        services.AddScoped<RollupRepository>();
        services.AddScoped<OperatingCostRepository>();
        services.AddScoped<OperatingCosts>();
        services.AddScoped<TrainingCostRepository>();
        services.AddSingleton<CostsBackfill>();
        services.AddHostedService(sp => sp.GetRequiredService<CostsBackfill>());
        services.AddHandlersFrom(typeof(CostsModule).Assembly);
        services.AddModuleMigrations(Name, typeof(CostsModule).Assembly);
        services.AddScopes(ReadScope, WriteScope);
        services.AddApiTag(BudgetsTag, "三公经费预算、决算 — each organ's budget per year and line (公务接待费, 公务用车购置费, 公务用车运行维护费, 因公出国（境）费), basic and project parts, its approval date, adjustments that may only reduce a line (T1), and the final accounts.");
        services.AddApiTag(DisclosuresTag, "三公经费公开 — each organ's disclosure packs for its budget and its final accounts: due 20 calendar days after their approval (T3), with the statistics and a reason for each change beyond the threshold (T4); Draft → Published.");
        services.AddApiTag(OperatingCostsTag, "机关运行成本 — each organ's operating cost of a year with the survey's parts (office space, vehicles, energy, reception and outbound visits, logistics services, staff), every figure derived from its duty module or entered here, per person and per m².");
        services.AddApiTag(RulesTag, "规则 — versioned, jurisdiction-scoped disclosure rules with their source and register document: the deadline after each approval (T3, the Budget Law's 20 calendar days a national ceiling a local version may only shorten) and the change threshold beyond which a line needs a reason (T4). Edits are new versions (admin).");
        services.AddApiTag(ActualsTag, "实际支出 — the actuals per organ, year and line, posted from the duty modules' cost events and never typed twice.");
        return services;
    }

    public static IEndpointRouteBuilder MapCostsModule(this IEndpointRouteBuilder app) => CostsEndpoints.Map(app);
}
