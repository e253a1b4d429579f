using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Guidance.Support;
using OrganAffairs.Shared;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Mediation;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Guidance;

/// <summary>
/// The Guidance module (指导下级): the violations dashboard across every duty — a read model of the modules'
/// <c>ViolationOpened</c> / <c>ViolationClosed</c> events, backfilled once from their Contracts queries — and the register of rules and
/// systems (制度) that rule-table versions cite.
/// </summary>
public static class GuidanceModule
{
    public const string Name = "guidance";
    public const string ReadScope = "guidance.read";
    public const string WriteScope = "guidance.write";
    internal const string ViolationsTag = "Guidance: violations";
    internal const string DocumentsTag = "Guidance: rules register";
    internal const string ReportingTag = "Guidance: reporting cycles";
    internal const string InspectionsTag = "Guidance: inspections";

    public static IServiceCollection AddGuidanceModule(this IServiceCollection services)
    {
        services.AddScoped<ViolationRepository>();
        services.AddScoped<BureauSelection>();
        services.AddScoped<SubmissionPrefill>();
        services.AddScoped<RuleDocumentRepository>();
        services.AddScoped<ReportingRepository>();
        services.AddScoped<GuidanceRuleRepository>();
        services.AddScoped<InspectionRepository>();
        services.AddSingleton<ViolationBackfill>();
        services.AddHostedService(sp => sp.GetRequiredService<ViolationBackfill>());
        services.AddHandlersFrom(typeof(GuidanceModule).Assembly);
        services.AddModuleMigrations(Name, typeof(GuidanceModule).Assembly);
        services.AddScopes(ReadScope, WriteScope);
        services.AddApiTag(ViolationsTag, "违规看板 — every duty's violations (over-standard offices, over-quota vehicles, energy overruns, late reports …) in one read model of the modules' events: per organ, per division (本级) and per jurisdiction, per duty and kind, with counts, the oldest and the ids.");
        services.AddApiTag(DocumentsTag, "制度 — the register of rules and systems: regulations, normative documents, internal rules, standards and notices with number (文号), issuer, jurisdiction, status and dates, and which replaces which; rule-table versions cite a document by id.");
        services.AddApiTag(ReportingTag, "报送 — reporting cycles of the lower-level bureaus: report types with their form as a JSON Schema, due dates as rule data in working days, cycles per period, submissions Draft → Submitted → Returned → Resubmitted → Accepted with late and overdue on business dates, and the period's summary (区域综合表) in JSON or CSV.");
        services.AddApiTag(InspectionsTag, "检查与整改 — 双随机一公开 inspections of the lower levels: an approved annual plan, campaigns with scope and checklist (the eight energy supervision items seeded), units and inspectors drawn reproducibly from a recorded seed, published results, findings on the violation ledger, and rectification by a deadline in working days by severity → report → verification, or notice (通报) when overdue.");
        return services;
    }

    public static IEndpointRouteBuilder MapGuidanceModule(this IEndpointRouteBuilder app) => GuidanceEndpoints.Map(app);
}
