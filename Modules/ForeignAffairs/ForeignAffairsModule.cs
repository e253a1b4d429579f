using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Mediation;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs;

/// <summary>
/// The ForeignAffairs module (外事交流合作): outbound official visits (因公临时出国) checked against the
/// delegation, day and country limits of versioned, jurisdiction-scoped rule tables, through their workflow.
/// </summary>
public static class ForeignAffairsModule
{
    /// <summary>The migration tag and table prefix (foreign_affairs_schema_version); routes and scopes say foreign-affairs.</summary>
    public const string Name = "foreign_affairs";
    public const string ReadScope = "foreign-affairs.read";
    public const string WriteScope = "foreign-affairs.write";

    /// <summary>Travel document numbers in clear (个人信息保护法); every such answer is audited.</summary>
    public const string PersonalDataScope = "foreign-affairs.personal-data";
    internal const string VisitsTag = "ForeignAffairs: outbound visits";
    internal const string PlansTag = "ForeignAffairs: annual plans";
    internal const string DocumentsTag = "ForeignAffairs: travel documents";
    internal const string IncomingTag = "ForeignAffairs: incoming delegations";
    internal const string AgreementsTag = "ForeignAffairs: sister cities and agreements";
    internal const string RulesTag = "ForeignAffairs: rules";
    internal const string ReportsTag = "ForeignAffairs: reports";

    public static IServiceCollection AddForeignAffairsModule(this IServiceCollection services)
    {
        services.AddScoped<VisitRepository>();
        services.AddScoped<RuleRepository>();
        services.AddScoped<VisitRuleBook>();
        services.AddScoped<PlanRepository>();
        services.AddScoped<PlanBook>();
        services.AddScoped<MemberRepository>();
        services.AddScoped<PersonYearRepository>();
        services.AddScoped<MemberAnswers>();
        services.AddScoped<HandBackBook>();
        services.AddSingleton(sp => new TravelDocuments(PersonalDataProvider(sp).CreateProtector(TravelDocuments.Purpose)));
        services.AddDataProtection();
        services.AddScoped<DeadlineBook>();
        services.AddScoped<ExpenseRepository>();
        services.AddScoped<ExpenseBook>();
        services.AddScoped<DelegationRepository>();
        services.AddScoped<AgreementRepository>();
        services.AddViolationSweep<OverduePassportSweep>();
        services.AddViolationSweep<LateReportSweep>();
        services.AddHandlersFrom(typeof(ForeignAffairsModule).Assembly);
        services.AddModuleMigrations(Name, typeof(ForeignAffairsModule).Assembly);
        services.AddScopes(ReadScope, WriteScope, PersonalDataScope);
        services.AddApiTag(VisitsTag, "因公临时出国 — outbound visits: delegation, itinerary, schedule and budget, checked against the limits (F1–F5, F7, F8, F11 yearly trips per person, F12 leadership team) on submission and approval; the approval date picks the rule version the visit keeps.");
        services.AddApiTag(PlansTag, "年度因公出国计划 — each organ's yearly plan of delegations and persons, set by the bureau; every approval counts against the plan of its departure year.");
        services.AddApiTag(DocumentsTag, "因公证照 — travel documents of the delegations' members: handed back within the rule's days of the return (F10), the overdue list, and the lock on new submissions of a unit with a document overdue beyond the local limit. Numbers are encrypted at rest and masked without foreign-affairs.personal-data.");
        services.AddApiTag(IncomingTag, "外宾接待 — incoming foreign delegations: guests, stay and programme, and their costs checked against the standards (FI1), paid by card or transfer and counted on the Reception line of the 三公经费.");
        services.AddApiTag(AgreementsTag, "友好城市与合作协议 — sister cities, friendly exchange cities and letters of intent: the approval chain, signing, expiry with a renewal reminder, anniversaries at 10-year intervals, and the list of agreements expiring within N days.");
        services.AddApiTag(ReportsTag, "报表 — JSON or CSV: visits and persons per organ and year against the annual plan, overdue passports, permits and trip reports, incoming delegations of a year, and agreements by type and state with those expiring; each within the caller's organ scope.");
        services.AddApiTag(RulesTag, "规则 — versioned, jurisdiction-scoped rule tables with their sources: the delegation, day and country limits (national ceilings a local version may only tighten) and the regions with one more day.");
        return services;
    }

    /// <summary>
    /// The key ring of the travel document numbers: a directory of this module's own (ForeignAffairs:PersonalData:KeyDirectory,
    /// shared by every Host instance), or the Host's Data Protection key ring when none is configured.
    /// </summary>
    private static IDataProtectionProvider PersonalDataProvider(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>()["ForeignAffairs:PersonalData:KeyDirectory"] is { Length: > 0 } directory
            ? DataProtectionProvider.Create(new DirectoryInfo(directory), b => b.SetApplicationName("OrganAffairs.ForeignAffairs"))
            : services.GetRequiredService<IDataProtectionProvider>();

    public static IEndpointRouteBuilder MapForeignAffairsModule(this IEndpointRouteBuilder app) => ForeignAffairsEndpoints.Map(app);
}
