using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Support;
using OrganAffairs.Shared;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Mediation;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Reception;

/// <summary>
/// The Reception module (公务接待): official letters with their guests, receptions and their approval workflow,
/// plan checks against versioned rule tables (working meals, accompanying diners, meal standards, banned items,
/// same-city reception), actual costs, and each organ's annual reception cap.
/// </summary>
public static class ReceptionModule
{
    public const string Name = "reception";
    public const string ReadScope = "reception.read";
    public const string WriteScope = "reception.write";
    internal const string LettersTag = "Reception: letters";
    internal const string ReceptionsTag = "Reception: receptions";
    internal const string CapsTag = "Reception: caps";
    internal const string RulesTag = "Reception: rules";

    public static IServiceCollection AddReceptionModule(this IServiceCollection services)
    {
        services.AddScoped<LetterRepository>();
        services.AddScoped<ReceptionRepository>();
        services.AddScoped<CostRepository>();
        services.AddScoped<CapRepository>();
        services.AddScoped<RuleRepository>();
        services.AddScoped<ListRepository>();
        services.AddScoped<ReimbursementPacks>();
        services.AddScoped<RuleVersioning>();
        services.AddScoped<ReceptionRuleBook>();
        services.AddScoped<CapLedger>();
        services.AddScoped<ReceptionPlanner>();
        services.AddScoped<ReceptionWorkflow>();
        services.AddHandlersFrom(typeof(ReceptionModule).Assembly);
        services.AddModuleMigrations(Name, typeof(ReceptionModule).Assembly);
        services.AddScopes(ReadScope, WriteScope);
        services.AddApiTag(LettersTag, "公函 — the sending unit's official letters and their guests: no letter, no reception; one letter funds one reception (一函一事).");
        services.AddApiTag(ReceptionsTag, "公务接待 — receptions: Draft → Submitted → Approved / Rejected → Completed → Settled, or Cancelled; the plan checked against the rule tables in force on the first day; actual costs after approval only.");
        services.AddApiTag(CapsTag, "接待费总额控制 — each organ's annual reception spending cap: approval reserves the budget, settlement replaces it with the actuals.");
        services.AddApiTag(RulesTag, "规则 — versioned, jurisdiction-scoped reception rules with source and confidence: dining (working meals, accompanying diners — national ceilings), meal standards by guest rank, banned items by date, the same-city switch. Edits are new versions (admin).");
        return services;
    }

    public static IEndpointRouteBuilder MapReceptionModule(this IEndpointRouteBuilder app) => ReceptionEndpoints.Map(app);
}
