using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Mediation;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy;

/// <summary>
/// The Energy module (公共机构节能): public institutions and their statistics, meters and readings at scale,
/// standard-coal and CO₂ accounting from versioned coefficients, indicators from maintained roll-ups,
/// quotas and plan targets, annual reports, anomalies.
/// </summary>
public static class EnergyModule
{
    public const string Name = "energy";
    public const string ReadScope = "energy.read";
    public const string WriteScope = "energy.write";
    internal const string InstitutionsTag = "Energy: institutions";
    internal const string MetersTag = "Energy: meters";
    internal const string ReadingsTag = "Energy: readings";
    internal const string IndicatorsTag = "Energy: indicators";
    internal const string QuotasTag = "Energy: quotas and targets";
    internal const string ReportsTag = "Energy: annual reports";
    internal const string RulesTag = "Energy: rules";
    internal const string PartitionsTag = "Energy: partitions";

    public static IServiceCollection AddEnergyModule(this IServiceCollection services)
    {
        services.AddScoped<InstitutionRepository>();
        services.AddScoped<MeterRepository>();
        services.AddScoped<ReadingRepository>();
        services.AddScoped<RollupRepository>();
        services.AddScoped<ImportRepository>();
        services.AddScoped<RuleRepository>();
        services.AddScoped<ComplianceRepository>();
        services.AddScoped<PartitionRepository>();
        services.AddHostedService<PartitionMaintenance>();
        services.AddScoped<EnergyRuleBook>();
        services.AddScoped<RuleVersioning>();
        services.AddScoped<ReadingProcessor>();
        services.AddScoped<IndicatorCalculator>();
        services.AddScoped<OverrunDetector>();
        services.AddScoped<QuotaProgress>();
        services.AddScoped<AnnualReportBook>();
        services.AddViolationSweep<LateReportSweep>();
        services.AddHandlersFrom(typeof(EnergyModule).Assembly);
        services.AddModuleMigrations(Name, typeof(EnergyModule).Assembly);
        services.AddScopes(ReadScope, WriteScope);
        services.AddApiTag(InstitutionsTag, "公共机构 — public institutions (one per organ, with the directory code) and their yearly statistics: floor area and energy-using population (用能人数).");
        services.AddApiTag(MetersTag, "计量器具 — meters by account, kind and subsystem (分项计量); cumulative registers with their size in digits, or interval consumption; replacements (换表).");
        services.AddApiTag(ReadingsTag, "读数 — single readings and streamed bulk imports (CSV, JSON) with a summary and a paged error report; never a silent drop.");
        services.AddApiTag(IndicatorsTag, "指标 — standard coal (kgce), per m², per person, water per person, CO₂, by kind and subsystem, for an institution or an organ's subtree; anomalies.");
        services.AddApiTag(QuotasTag, "能耗定额与目标 — annual quotas, overruns open until explained, progress against plan-period targets.");
        services.AddApiTag(ReportsTag, "年度报告 — the annual energy report per institution, due 31 March of the following year; the late list; CSV export.");
        services.AddApiTag(PartitionsTag, "分区 — PostgreSQL's monthly partitions of readings and daily roll-ups: the attached months and their detachment for retention (admin).");
        services.AddApiTag(RulesTag, "规则 — versioned, jurisdiction-scoped rule tables with source and confidence: standard-coal coefficients (GB/T 2589), CO₂ factors, fuel densities, plan targets, settings. Edits are new versions (admin).");
        return services;
    }

    public static IEndpointRouteBuilder MapEnergyModule(this IEndpointRouteBuilder app) => EnergyEndpoints.Map(app);
}
