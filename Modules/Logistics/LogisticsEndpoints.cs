using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Logistics.Features;

namespace OrganAffairs.Logistics;

/// <summary>The Logistics module's index: one line per operation, in the contract's order; each route is in its feature file.</summary>
internal static class LogisticsEndpoints
{
    internal const string Root = "/api/v1/logistics";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var orders = app.MapGroup(Root + "/work-orders").WithTags(LogisticsModule.WorkOrdersTag);
        CreateWorkOrder.Map(orders);
        GetWorkOrder.Map(orders);
        ListWorkOrders.Map(orders);
        UpdateWorkOrder.Map(orders);
        ListWorkOrderHistory.Map(orders);
        TriageWorkOrder.Map(orders);
        AssignWorkOrder.Map(orders);
        ArriveWorkOrder.Map(orders);
        HoldWorkOrder.Map(orders);
        ResumeWorkOrder.Map(orders);
        ResolveWorkOrder.Map(orders);
        ConfirmWorkOrder.Map(orders);
        ReopenWorkOrder.Map(orders);
        CancelWorkOrder.Map(orders);
        RecordWorkOrderCost.Map(orders);

        var plans = app.MapGroup(Root + "/maintenance-plans").WithTags(LogisticsModule.MaintenanceTag);
        CreateMaintenancePlan.Map(plans);
        GetMaintenancePlan.Map(plans);
        ListMaintenancePlans.Map(plans);
        UpdateMaintenancePlan.Map(plans);
        RetireMaintenancePlan.Map(plans);
        GenerateMaintenanceWorkOrders.Map(plans);

        var meetings = app.MapGroup(Root + "/meetings").WithTags(LogisticsModule.MeetingsTag);
        CreateMeeting.Map(meetings);
        GetMeeting.Map(meetings);
        ListMeetings.Map(meetings);
        CancelMeeting.Map(meetings);
        SettleMeeting.Map(meetings);
        var services = app.MapGroup(Root + "/service-orders").WithTags(LogisticsModule.ServiceOrdersTag);
        ListServiceOrders.Map(services);
        GetServiceOrder.Map(services);
        DeliverServiceOrder.Map(services);

        var contracts = app.MapGroup(Root + "/contracts").WithTags(LogisticsModule.ContractsTag);
        CreateContract.Map(contracts);
        ListContracts.Map(contracts);
        AssessProviders.Map(contracts);
        GetContract.Map(contracts);
        AmendContract.Map(contracts);
        ListContractAmendments.Map(contracts);
        CreateContractCharge.Map(contracts);
        ListContractCharges.Map(contracts);
        CorrectContractCharge.Map(contracts);

        var surveys = app.MapGroup(Root + "/surveys").WithTags(LogisticsModule.SurveysTag);
        CreateSurvey.Map(surveys);
        ListSurveys.Map(surveys);
        GetSurvey.Map(surveys);
        UpdateSurvey.Map(surveys);
        ListSurveySample.Map(surveys);
        CreateSurveyAnswer.Map(surveys);
        GetSurveyResults.Map(surveys);

        var canteens = app.MapGroup(Root + "/canteen-waste").WithTags(LogisticsModule.CanteensTag);
        RecordCanteenWaste.Map(canteens);
        GetCanteenWasteReport.Map(canteens);

        var reports = app.MapGroup(Root + "/reports").WithTags(LogisticsModule.ReportsTag);
        GetOpenWorkOrdersReport.Map(reports);
        GetSlaAttainmentReport.Map(reports);
        GetSatisfactionReport.Map(reports);
        GetPlanCompletionReport.Map(reports);

        var rules = app.MapGroup(Root + "/rules").WithTags(LogisticsModule.RulesTag);
        ListCatalogueItems.Map(rules);
        CreateCatalogueItem.Map(rules);
        ListSlaPolicies.Map(rules);
        CreateSlaPolicy.Map(rules);
        ListReopenWindows.Map(rules);
        CreateReopenWindow.Map(rules);
        ListMeetingClasses.Map(rules);
        CreateMeetingClass.Map(rules);
        ListContractTerms.Map(rules);
        CreateContractTerm.Map(rules);
        ListAssessmentWeights.Map(rules);
        CreateAssessmentWeights.Map(rules);
        return app;
    }
}
