namespace OrganAffairs.Contracts.Reception;

/// <summary>
/// 接待状态 — Draft → Submitted → Approved or Rejected; Approved → Completed → Settled; Draft, Submitted and
/// Approved may be Cancelled. No letter, no submission; no approval, no spending.
/// </summary>
public enum ReceptionStatus
{
    Draft = 1,
    Submitted = 2,
    Approved = 3,
    Rejected = 4,
    Completed = 5,
    Settled = 6,
    Cancelled = 7,
}

/// <summary>
/// 来宾级别 — a guest's administrative rank, which picks the meal standard and the lodging: ProvincialMinisterial
/// 省部级, DepartmentBureau 厅局级, CountyDivision 县处级, Other 其他人员.
/// </summary>
public enum GuestRank
{
    ProvincialMinisterial = 1,
    DepartmentBureau = 2,
    CountyDivision = 3,
    Other = 4,
}

/// <summary>公务活动 — what the visit is for: Meeting 会议, Inspection 检查, Research 调研, Exchange 学习交流, Other.</summary>
public enum ReceptionActivity
{
    Meeting = 1,
    Inspection = 2,
    Research = 3,
    Exchange = 4,
    Other = 5,
}

/// <summary>
/// 接待事项 — what a plan or a cost line provides. Meal, Lodging, Transport and Venue are ordinary; the others are
/// banned when the banned-items rule in force on the reception's (or the meal's) date lists them: premium dishes
/// 高档菜肴, cigarettes 香烟, premium liquor 高档酒水, any alcohol 酒类 (from 2025-05-02), gifts 礼品, local produce
/// 土特产, tourism 旅游, entertainment 娱乐, private clubs 私人会所, banners 横幅, greeting crowds 群众迎送, welcome
/// ceremonies at airports, stations or borders 迎送仪式 and cross-region greeting 跨地区迎送.
/// </summary>
public enum ReceptionItem
{
    Meal = 1,
    Lodging = 2,
    Transport = 3,
    Venue = 4,
    PremiumDishes = 10,
    Cigarettes = 11,
    PremiumLiquor = 12,
    Alcohol = 13,
    Gifts = 14,
    LocalProduce = 15,
    Tourism = 16,
    Entertainment = 17,
    PrivateClub = 18,
    Banner = 19,
    GreetingCrowd = 20,
    WelcomeCeremony = 21,
    CrossRegionGreeting = 22,
}

/// <summary>住宿标准 — None (the guests' own unit arranges and pays), StandardRoom 标准间, Suite 套间 (provincial-ministerial guests only).</summary>
public enum LodgingStandard
{
    None = 1,
    StandardRoom = 2,
    Suite = 3,
}

/// <summary>
/// 费用类别 — Meals, Lodging, Transport, Venue, Other; GuestMealFee and GuestTransportFee are fees collected from
/// guests at the standard (伙食费、交通费), recorded as their own lines. Meeting and Training are refused: reception
/// costs may not be booked as meeting or training costs (R9).
/// </summary>
public enum ReceptionCostCategory
{
    Meals = 1,
    Lodging = 2,
    Transport = 3,
    Venue = 4,
    Other = 5,
    GuestMealFee = 6,
    GuestTransportFee = 7,
    Meeting = 8,
    Training = 9,
}

/// <summary>支付方式 — OfficialCard 公务卡 or BankTransfer 银行转账; Cash is refused (422 reception.cash-payment, R6).</summary>
public enum ReceptionPaymentMethod
{
    OfficialCard = 1,
    BankTransfer = 2,
    Cash = 3,
}

/// <summary>用餐标准单位 — a meal standard is per person per meal (PerMeal) or per person per day (PerDay).</summary>
public enum MealStandardUnit
{
    PerMeal = 1,
    PerDay = 2,
}

/// <summary>可信度 — how sure a seeded rule value is: High, Medium, or Unconfirmed (to be checked against the publication).</summary>
public enum RuleConfidence
{
    High = 1,
    Medium = 2,
    Unconfirmed = 3,
}
