using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Mediation;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics;

/// <summary>
/// The Logistics module (后勤服务): work orders for the rooms of the bureau's buildings with their workflow and full
/// history, the requester's confirmation with a rating; the service catalogue (L1), service-level policies with the SLA clock
/// and its breaches (L3) and the reopen window as versioned rule data.
/// </summary>
public static class LogisticsModule
{
    public const string Name = "logistics";
    public const string ReadScope = "logistics.read";
    public const string WriteScope = "logistics.write";
    internal const string WorkOrdersTag = "Logistics: work orders";
    internal const string RulesTag = "Logistics: rules";
    internal const string MaintenanceTag = "Logistics: preventive maintenance";
    internal const string MeetingsTag = "Logistics: meetings";
    internal const string ServiceOrdersTag = "Logistics: conference services";
    internal const string ContractsTag = "Logistics: property-service contracts";
    internal const string SurveysTag = "Logistics: satisfaction";
    internal const string CanteensTag = "Logistics: canteens";
    internal const string ReportsTag = "Logistics: reports";

    public static IServiceCollection AddLogisticsModule(this IServiceCollection services)
    {
        services.AddScoped<WorkOrderRepository>();
        services.AddScoped<WorkOrderWorkflow>();
        services.AddScoped<RuleRepository>();
        services.AddScoped<RuleVersioning>();
        services.AddScoped<ServiceLevels>();
        services.AddScoped<WorkOrderRaiser>();
        services.AddScoped<MaintenanceRepository>();
        services.AddScoped<MeetingRepository>();
        services.AddScoped<MeetingClassCheck>();
        services.AddViolationSweep<SlaBreachSweep>();
        services.AddScoped<ServiceOrderRepository>();
        services.AddScoped<ContractRepository>();
        services.AddScoped<CostRepository>();
        services.AddScoped<SurveyRepository>();
        services.AddScoped<ReportRepository>();
        services.AddScoped<CanteenRepository>();
        services.AddHostedService<MaintenanceTimer>();
        services.AddSingleton<ServiceOrderBackfill>();
        services.AddHostedService(sp => sp.GetRequiredService<ServiceOrderBackfill>());
        services.AddHandlersFrom(typeof(LogisticsModule).Assembly);
        services.AddModuleMigrations(Name, typeof(LogisticsModule).Assembly);
        services.AddScopes(ReadScope, WriteScope);
        services.AddApiTag(WorkOrdersTag, "工单 — work orders (报修 and service requests) for rooms: Raised → Triaged → Assigned → OnSite → Resolved → Closed by the requester's confirmation with a 1–5 rating; on hold with a reason; reopened within the window; cancelled before assignment. Full history; every change with If-Match. Each order names a catalogue item (L1) and runs a service-level clock (L3).");
        services.AddApiTag(MaintenanceTag, "预防性维护 — plans per room with a cron schedule in the business time zone and a checklist; each occurrence raises one work order, exactly once across Host instances.");
        services.AddApiTag(MeetingsTag, "会议 — meetings registered with their class, attendees, days and budget, checked against the meeting-class caps (rule data) before anything is written; the room is booked in Buildings in the same request, and cancelling the meeting cancels the booking.");
        services.AddApiTag(ServiceOrdersTag, "会务服务 — service orders (tea, catering, AV, setup) from the add-ons of meeting-room bookings, due at the meeting's start; catering never above the attendees (反食品浪费法); a cancelled or rejected booking cancels them.");
        services.AddApiTag(ContractsTag, "物业服务合同 — property-service contracts with providers (credit code checked), the catalogue items they cover, a term under the contract-term rule (L2), the energy-saving targets clause (公共机构节能条例 Art. 27); work orders are assigned to a provider only under a contract in force covering the item; providers assessed on SLA attainment and ratings.");
        services.AddApiTag(SurveysTag, "满意度 — satisfaction surveys per provider and service item (questions on a 1–5 scale) over a reproducible sample of its closed work orders, the sampled requesters' answers, and results by month beside the requesters' own ratings.");
        services.AddApiTag(CanteensTag, "食堂 — canteen food waste per canteen and day (kilograms, meals served) and its report per canteen (反食品浪费法).");
        services.AddApiTag(RulesTag, "规则 — versioned, jurisdiction-scoped logistics rules with source and confidence: the service catalogue (items, standards, reference prices), service-level policies per category and priority, the reopen window. Edits are new versions (admin).");
        return services;
    }

    public static IEndpointRouteBuilder MapLogisticsModule(this IEndpointRouteBuilder app) => LogisticsEndpoints.Map(app);
}
