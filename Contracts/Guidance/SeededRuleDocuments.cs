namespace OrganAffairs.Contracts.Guidance;

/// <summary>
/// A national document the rules register (制度) is seeded with, because a seeded national rule version takes its numbers
/// from it (issue 21 item 6). A date is given only where it is known (DOMAIN.md or the document itself); a null one is left
/// for the bureau to complete. A seeded version may start before its document's date when it also covers baseline years.
/// </summary>
/// <param name="Id">Fixed, digits only, so that it reads the same on every provider's text and uuid columns.</param>
public sealed record SeededRuleDocument(
    Guid Id, string Title, string? DocumentNumber, string Issuer, RuleDocumentType Type, DateOnly? IssuedOn, DateOnly? EffectiveOn);

/// <summary>
/// The national documents behind the seeded rule versions. Guidance's migration registers them; each module's migration
/// makes its seeded national versions cite them by these ids (docs/adr/0052). A new seeded national version adds its
/// document here.
/// </summary>
public static class SeededRuleDocuments
{
    private static SeededRuleDocument Doc(int n, string title, string? number, string issuer, RuleDocumentType type, string? effective, string? issued = null) =>
        new(new Guid($"00000000-0000-0000-0021-{1000 + n:000000000000}"), title, number, issuer, type, issued is null ? null : DateOnly.Parse(issued), effective is null ? null : DateOnly.Parse(effective));

    public static readonly SeededRuleDocument OfficeBuildingStandard = Doc(1, "党政机关办公用房建设标准", "发改投资〔2014〕2674号",
        "国家发展改革委 住房城乡建设部", RuleDocumentType.NormativeDocument, null);

    public static readonly SeededRuleDocument OfficeSpaceManagement = Doc(2, "党政机关办公用房管理办法", null,
        "中共中央办公厅 国务院办公厅", RuleDocumentType.NormativeDocument, "2017-12-05");

    public static readonly SeededRuleDocument OfficialVehicles = Doc(3, "党政机关公务用车管理办法", "中办发〔2017〕71号",
        "中共中央办公厅 国务院办公厅", RuleDocumentType.NormativeDocument, "2017-12-05");

    public static readonly SeededRuleDocument VehiclePlates = Doc(4, "中华人民共和国机动车号牌", "GA 36-2018",
        "公安部", RuleDocumentType.NationalStandard, null);

    public static readonly SeededRuleDocument DrivingLicences = Doc(5, "机动车驾驶证申领和使用规定", "公安部令第162号",
        "公安部", RuleDocumentType.Regulation, "2022-04-01");

    public static readonly SeededRuleDocument PublicInstitutionEnergy = Doc(6, "公共机构节能条例（2017年修订）", null,
        "国务院", RuleDocumentType.Regulation, null);

    public static readonly SeededRuleDocument EnergyPlan14 = Doc(7, "“十四五”公共机构节约能源资源工作规划", "国管节能〔2021〕195号",
        "国家机关事务管理局 国家发展改革委", RuleDocumentType.NormativeDocument, null);

    public static readonly SeededRuleDocument ComprehensiveEnergy = Doc(8, "综合能耗计算通则", "GB/T 2589",
        "国家市场监督管理总局 国家标准化管理委员会", RuleDocumentType.NationalStandard, null);

    public static readonly SeededRuleDocument FixedAssetsGuide = Doc(9, "《政府会计准则第3号——固定资产》应用指南", "财会〔2017〕4号",
        "财政部", RuleDocumentType.NormativeDocument, null);

    public static readonly SeededRuleDocument GridEmissionFactors = Doc(10, "全国电网平均排放因子", null,
        "生态环境部 国家统计局", RuleDocumentType.Notice, null);

    public static readonly SeededRuleDocument DomesticReception = Doc(11, "党政机关国内公务接待管理规定", null,
        "中共中央办公厅 国务院办公厅", RuleDocumentType.NormativeDocument, "2013-12-08");

    public static readonly SeededRuleDocument ThriftRegulations = Doc(12, "党政机关厉行节约反对浪费条例（2025年修订）", null,
        "中共中央 国务院", RuleDocumentType.Regulation, "2025-05-02");

    public static readonly SeededRuleDocument OutboundVisits = Doc(13, "关于进一步加强因公临时出国管理的若干规定", "中办发〔2013〕16号",
        "中共中央办公厅 国务院办公厅", RuleDocumentType.NormativeDocument, null);

    public static readonly SeededRuleDocument OutboundFunding = Doc(14, "因公临时出国经费管理办法", "财行〔2013〕516号",
        "财政部 外交部", RuleDocumentType.NormativeDocument, null, "2013-12-20");

    public static readonly SeededRuleDocument ForeignGuests = Doc(15, "中央和国家机关外宾接待经费管理办法", "财行〔2013〕533号",
        "财政部 外交部", RuleDocumentType.NormativeDocument, null);

    public static readonly SeededRuleDocument PurchaseOfServices = Doc(16, "政府购买服务管理办法", "财政部令第102号",
        "财政部", RuleDocumentType.Regulation, "2020-03-01");

    public static readonly SeededRuleDocument MeetingExpenses = Doc(17, "中央和国家机关会议费管理办法", "财行〔2016〕214号",
        "财政部 国家机关事务管理局 中共中央直属机关事务管理局", RuleDocumentType.NormativeDocument, "2016-07-01");

    public static readonly SeededRuleDocument BudgetLaw = Doc(18, "中华人民共和国预算法（2018年修正）及预算法实施条例（2020年）", null,
        "全国人民代表大会常务委员会 国务院", RuleDocumentType.Regulation, null);

    public static readonly SeededRuleDocument RuleMakingProcedure = Doc(19, "规章制定程序条例（2017年修订）", null,
        "国务院", RuleDocumentType.Regulation, "2018-05-01");

    public static readonly SeededRuleDocument NormativeDocuments = Doc(20, "国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知", "国办发〔2018〕37号",
        "国务院办公厅", RuleDocumentType.Notice, null);

    /// <summary>Every seeded document, in id order.</summary>
    public static readonly IReadOnlyList<SeededRuleDocument> All =
    [
        OfficeBuildingStandard, OfficeSpaceManagement, OfficialVehicles, VehiclePlates, DrivingLicences, PublicInstitutionEnergy, EnergyPlan14,
        ComprehensiveEnergy, FixedAssetsGuide, GridEmissionFactors, DomesticReception, ThriftRegulations, OutboundVisits, OutboundFunding,
        ForeignGuests, PurchaseOfServices, MeetingExpenses, BudgetLaw, RuleMakingProcedure, NormativeDocuments,
    ];
}
