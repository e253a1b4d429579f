using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.ForeignAffairs.Features;

namespace OrganAffairs.ForeignAffairs;

/// <summary>The ForeignAffairs module's index: one line per operation, in the contract's order; each route is in its feature file.</summary>
internal static class ForeignAffairsEndpoints
{
    internal const string Root = "/api/v1/foreign-affairs";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var visits = app.MapGroup(Root).WithTags(ForeignAffairsModule.VisitsTag);
        CreateVisit.Map(visits);
        GetVisit.Map(visits);
        ListVisits.Map(visits);
        UpdateVisit.Map(visits);
        PublishVisit.Map(visits);
        SubmitVisit.Map(visits);
        ApproveVisit.Map(visits);
        RejectVisit.Map(visits);
        DepartVisit.Map(visits);
        ReturnVisit.Map(visits);
        ReportVisit.Map(visits);
        CloseVisit.Map(visits);
        ListVisitMembers.Map(visits);
        SetTravelDocument.Map(visits);
        HandBackDocument.Map(visits);
        RecordExpense.Map(visits);
        CorrectExpense.Map(visits);
        ListExpenses.Map(visits);

        var documents = app.MapGroup(Root + "/documents").WithTags(ForeignAffairsModule.DocumentsTag);
        ListOverdueDocuments.Map(documents);

        var incoming = app.MapGroup(Root + "/incoming").WithTags(ForeignAffairsModule.IncomingTag);
        CreateDelegation.Map(incoming);
        GetDelegation.Map(incoming);
        RecordDelegationCost.Map(incoming);
        CorrectDelegationCost.Map(incoming);

        var agreements = app.MapGroup(Root + "/agreements").WithTags(ForeignAffairsModule.AgreementsTag);
        CreateAgreement.Map(agreements);
        ListExpiringAgreements.Map(agreements);
        GetAgreement.Map(agreements);
        AdvanceAgreement.Map(agreements);

        var reports = app.MapGroup(Root + "/reports").WithTags(ForeignAffairsModule.ReportsTag);
        GetVisitsReport.Map(reports);
        GetOverdueReport.Map(reports);
        GetIncomingReport.Map(reports);
        GetAgreementsReport.Map(reports);

        var plans = app.MapGroup(Root + "/plans").WithTags(ForeignAffairsModule.PlansTag);
        SetPlan.Map(plans);
        GetPlan.Map(plans);

        var rules = app.MapGroup(Root + "/rules").WithTags(ForeignAffairsModule.RulesTag);
        ListLimits.Map(rules);
        CreateLimits.Map(rules);
        ListDeadlines.Map(rules);
        CreateDeadlines.Map(rules);
        ListHandBackRules.Map(rules);
        CreateHandBackRule.Map(rules);
        ListExpenseRules.Map(rules);
        CreateTravelClasses.Map(rules);
        CreateLodgingLimits.Map(rules);
        CreateAllowances.Map(rules);
        ListDelegationStandards.Map(rules);
        CreateDelegationStandards.Map(rules);
        return app;
    }
}
