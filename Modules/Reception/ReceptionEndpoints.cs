using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Reception.Features;

namespace OrganAffairs.Reception;

/// <summary>The Reception module's index: one line per operation, in the contract's order; each route is in its feature file.</summary>
internal static class ReceptionEndpoints
{
    internal const string Root = "/api/v1/reception";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var letters = app.MapGroup(Root + "/letters").WithTags(ReceptionModule.LettersTag);
        CreateLetter.Map(letters);
        GetLetter.Map(letters);
        ListLetters.Map(letters);

        var receptions = app.MapGroup(Root).WithTags(ReceptionModule.ReceptionsTag);
        CreateReception.Map(receptions);
        GetReception.Map(receptions);
        ListReceptions.Map(receptions);
        UpdateReception.Map(receptions);
        SubmitReception.Map(receptions);
        ApproveReception.Map(receptions);
        RejectReception.Map(receptions);
        CompleteReception.Map(receptions);
        SettleReception.Map(receptions);
        CancelReception.Map(receptions);
        RequestTrip.Map(receptions);
        BookMeetingRoom.Map(receptions);
        RecordCost.Map(receptions);
        ApproveExplanation.Map(receptions);
        SignList.Map(receptions);
        ListReceptionLists.Map(receptions);
        GetReimbursementPack.Map(receptions);
        ListCosts.Map(receptions);

        var reports = app.MapGroup(Root + "/reports").WithTags(ReceptionModule.ReceptionsTag);
        GetCostReport.Map(reports);
        GetOverStandardReport.Map(reports);
        GetSenderReport.Map(reports);

        var caps = app.MapGroup(Root + "/caps").WithTags(ReceptionModule.CapsTag);
        SetCap.Map(caps);
        GetCap.Map(caps);

        var rules = app.MapGroup(Root + "/rules").WithTags(ReceptionModule.RulesTag);
        ListDiningRules.Map(rules);
        CreateDiningRule.Map(rules);
        ListMealStandards.Map(rules);
        CreateMealStandard.Map(rules);
        ListBannedItems.Map(rules);
        CreateBannedItems.Map(rules);
        ListSameCityRules.Map(rules);
        CreateSameCityRule.Map(rules);
        return app;
    }
}
