using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Energy.Features;

namespace OrganAffairs.Energy;

/// <summary>The Energy module's index: one line per operation, in the contract's order; each route is in its feature file.</summary>
internal static class EnergyEndpoints
{
    internal const string Root = "/api/v1/energy";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var institutions = app.MapGroup(Root + "/institutions").WithTags(EnergyModule.InstitutionsTag);
        CreateInstitution.Map(institutions);
        GetInstitution.Map(institutions);
        ListInstitutions.Map(institutions);
        UpdateInstitution.Map(institutions);
        PutYearlyStatistics.Map(institutions);
        ListYearlyStatistics.Map(institutions);
        CreateMeter.Map(institutions);
        SetQuota.Map(institutions);
        GetQuotaProgress.Map(institutions);
        GetTargetProgress.Map(institutions);
        DraftAnnualReport.Map(institutions);
        SubmitAnnualReport.Map(institutions);
        GetAnnualReport.Map(institutions);

        var meters = app.MapGroup(Root + "/meters").WithTags(EnergyModule.MetersTag);
        GetMeter.Map(meters);
        ListMeters.Map(meters);
        UpdateMeter.Map(meters);
        ReplaceMeter.Map(meters);
        ListMeterReplacements.Map(meters);

        var readings = app.MapGroup(Root).WithTags(EnergyModule.ReadingsTag);
        RecordReading.Map(readings);
        ListReadings.Map(readings);
        ImportReadings.Map(readings);
        GetImport.Map(readings);
        ListImportErrors.Map(readings);

        // No group: each of these four carries its tag on the route.
        GetIndicators.Map(app);
        ListOverruns.Map(app);
        ExplainOverrun.Map(app);
        ListAnnualReports.Map(app);

        var anomalies = app.MapGroup(Root + "/anomalies").WithTags(EnergyModule.IndicatorsTag);
        ListYearOverYearAnomalies.Map(anomalies);
        ListSilentMeters.Map(anomalies);

        var rules = app.MapGroup(Root + "/rules").WithTags(EnergyModule.RulesTag);
        ListStandardCoalCoefficients.Map(rules);
        CreateStandardCoalCoefficient.Map(rules);
        ListCo2Factors.Map(rules);
        CreateCo2Factor.Map(rules);
        ListFuelDensities.Map(rules);
        CreateFuelDensity.Map(rules);
        ListPlanTargets.Map(rules);
        CreatePlanTarget.Map(rules);
        ListSettings.Map(rules);
        CreateSettings.Map(rules);

        var partitions = app.MapGroup(Root + "/partitions").WithTags(EnergyModule.PartitionsTag);
        ListPartitions.Map(partitions);
        DetachPartitions.Map(partitions);
        return app;
    }
}
