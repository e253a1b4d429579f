using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Guidance.Features;

namespace OrganAffairs.Guidance;

/// <summary>The Guidance module's index: one line per operation, in the contract's order; each route is in its feature file.</summary>
internal static class GuidanceEndpoints
{
    internal const string Root = "/api/v1/guidance";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var violations = app.MapGroup(Root + "/violations").WithTags(GuidanceModule.ViolationsTag);
        ListViolations.Map(violations);
        GetViolationDashboard.Map(violations);
        GetViolation.Map(violations);

        var documents = app.MapGroup(Root + "/documents").WithTags(GuidanceModule.DocumentsTag);
        CreateRuleDocument.Map(documents);
        GetRuleDocument.Map(documents);
        ListRuleDocuments.Map(documents);
        ListDocumentReminders.Map(documents);
        OpenDocumentConsultation.Map(documents);
        PublishRuleDocument.Map(documents);
        RecordDocumentFiling.Map(documents);
        RecordDocumentEvaluation.Map(documents);
        RepealRuleDocument.Map(documents);
        DistributeRuleDocument.Map(documents);
        ListDocumentDistributions.Map(documents);
        AcknowledgeRuleDocument.Map(documents);

        var reportTypes = app.MapGroup(Root + "/report-types").WithTags(GuidanceModule.ReportingTag);
        CreateReportType.Map(reportTypes);
        ListReportTypes.Map(reportTypes);
        GetReportType.Map(reportTypes);

        var rules = app.MapGroup(Root + "/rules").WithTags(GuidanceModule.ReportingTag);
        CreateReportDueRule.Map(rules);
        ListReportDueRules.Map(rules);

        var cycles = app.MapGroup(Root + "/cycles").WithTags(GuidanceModule.ReportingTag);
        OpenReportCycle.Map(cycles);
        ListReportCycles.Map(cycles);
        GetReportCycle.Map(cycles);
        GetReportSummary.Map(cycles);

        var submissions = app.MapGroup(Root + "/submissions").WithTags(GuidanceModule.ReportingTag);
        GetReportSubmission.Map(submissions);
        SaveReportSubmission.Map(submissions);
        SubmitReportSubmission.Map(submissions);
        ReturnReportSubmission.Map(submissions);
        AcceptReportSubmission.Map(submissions);

        var plans = app.MapGroup(Root + "/inspection-plans").WithTags(GuidanceModule.InspectionsTag);
        CreateInspectionPlan.Map(plans);
        GetInspectionPlan.Map(plans);
        ApproveInspectionPlan.Map(plans);

        var templates = app.MapGroup(Root + "/checklist-templates").WithTags(GuidanceModule.InspectionsTag);
        GetChecklistTemplate.Map(templates);

        var campaigns = app.MapGroup(Root + "/campaigns").WithTags(GuidanceModule.InspectionsTag);
        CreateCampaign.Map(campaigns);
        ListCampaigns.Map(campaigns);
        GetCampaign.Map(campaigns);
        DrawCampaign.Map(campaigns);
        PublishCampaign.Map(campaigns);
        RecordFinding.Map(campaigns);

        var findings = app.MapGroup(Root + "/findings").WithTags(GuidanceModule.InspectionsTag);
        ListFindings.Map(findings);
        GetFinding.Map(findings);
        ReportRectification.Map(findings);
        VerifyRectification.Map(findings);
        ReturnRectification.Map(findings);
        NotifyFinding.Map(findings);

        var rankings = app.MapGroup(Root + "/rankings").WithTags(GuidanceModule.InspectionsTag);
        GetBureauRankings.Map(rankings);

        CreateRectificationDueRule.Map(rules);
        ListRectificationDueRules.Map(rules);
        CreateDocumentTimerRule.Map(rules);
        ListDocumentTimerRules.Map(rules);
        return app;
    }
}
