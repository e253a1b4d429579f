using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Energy;

/// <summary>Every code the Energy module answers with, with its texts.</summary>
internal static class EnergyErrors
{
    public static readonly ErrorCode InstitutionNotFound = new("energy.institution-not-found", 404, "公共机构不存在。", "The public institution does not exist.");
    public static readonly ErrorCode MeterNotFound = new("energy.meter-not-found", 404, "计量器具不存在。", "The meter does not exist.");
    public static readonly ErrorCode ImportNotFound = new("energy.import-not-found", 404, "导入记录不存在。", "The import does not exist.");
    public static readonly ErrorCode OverrunNotFound = new("energy.overrun-not-found", 404, "超定额记录不存在。", "The overrun does not exist.");
    public static readonly ErrorCode QuotaNotFound = new("energy.quota-not-found", 404, "该年度未设定能耗定额。", "No quota is set for this year.");
    public static readonly ErrorCode OrganRefNotFound = new("energy.organ-ref-not-found", 400, "所引用的机关不存在。", "The referenced organ does not exist.");
    public static readonly ErrorCode InstitutionRefNotFound = new("energy.institution-ref-not-found", 400, "所引用的公共机构不存在。", "The referenced institution does not exist.");
    public static readonly ErrorCode OrganHasInstitution = new("energy.organ-has-institution", 409, "该机关已登记为公共机构。", "This organ is already registered as a public institution.");
    public static readonly ErrorCode DirectoryCodeTaken = new("energy.directory-code-taken", 409, "名录库编码已被使用。", "This directory code is already in use.");
    public static readonly ErrorCode DirectoryCodeInvalid = new("energy.directory-code-invalid", 400, "名录库编码应为 1–30 位字母、数字或连字符。", "A directory code is 1–30 letters, digits or '-'.");
    public static readonly ErrorCode YearInvalid = new("energy.year-invalid", 400, "年份应在 2000 至 2100 之间。", "A year is between 2000 and 2100.");
    public static readonly ErrorCode AreaInvalid = new("energy.area-invalid", 400, "建筑面积应大于 0，最多 2 位小数。", "The floor area must be above 0 with at most 2 decimals.");
    public static readonly ErrorCode MeterCodeTaken = new("energy.meter-code-taken", 409, "该机构已有此编号的计量器具。", "The institution already has a meter with this code.");
    public static readonly ErrorCode UnitMismatch = new("energy.unit-mismatch", 400, "计量单位与能源种类不符。", "The unit does not fit the energy kind.");
    public static readonly ErrorCode RegisterInvalid = new("energy.register-invalid", 400, "累计式计量器具须有 3–9 位表盘位数和初始读数；区间式不填。", "A cumulative meter needs 3–9 register digits and an initial register value; an interval meter has neither.");
    public static readonly ErrorCode NotCumulative = new("energy.meter-not-cumulative", 409, "只有累计式计量器具可以换表。", "Only a cumulative meter can be replaced.");
    public static readonly ErrorCode ReplacementTooEarly = new("energy.replacement-too-early", 400, "换表时间须晚于最后读数时间。", "The replacement must come after the meter's latest reading.");
    public static readonly ErrorCode MeterIdInvalid = new("energy.meter-id-invalid", 400, "计量器具标识应为 GUID。", "The meter id must be a GUID.");
    public static readonly ErrorCode MeterReferenceMissing = new("energy.meter-reference-missing", 400, "须给出计量器具标识 meterId，或机构名录库编码 institutionCode 和计量器具编号 meterCode。", "Give the meter's meterId, or its institution's institutionCode and its meterCode.");
    public static readonly ErrorCode MeterCodeUnknown = new("energy.meter-code-unknown", 400, "该机构编码和计量器具编号没有对应的计量器具，或不可见。", "No meter you may see has this meter code in the institution with this directory code.");
    public static readonly ErrorCode MeterReferenceConflict = new("energy.meter-reference-conflict", 400, "计量器具标识与机构编码和计量器具编号所指不是同一计量器具。", "The meterId and the institutionCode and meterCode name different meters.");
    public static readonly ErrorCode MeterUnknown = new("energy.meter-unknown", 400, "计量器具不存在或不可见。", "The meter does not exist or is not visible.");
    public static readonly ErrorCode MeterRetired = new("energy.meter-retired", 400, "计量器具已停用，不再接收读数。", "The meter is retired and accepts no readings.");
    public static readonly ErrorCode ReadAtInvalid = new("energy.read-at-invalid", 400, "读数时间应为带时区偏移的 ISO 8601 时间。", "The reading time must be an ISO 8601 instant with an offset.");
    public static readonly ErrorCode ReadAtOutOfRange = new("energy.read-at-out-of-range", 400, "读数时间早于安装时间或晚于当前时间。", "The reading time is before the meter's installation or in the future.");
    public static readonly ErrorCode ValueInvalid = new("energy.value-invalid", 400, "读数应为不超过 999999999.999 的数字，最多 3 位小数。", "A value is a number up to 999,999,999.999 with at most 3 decimals.");
    public static readonly ErrorCode ValueNegative = new("energy.value-negative", 400, "读数或用量不能为负。", "A value or consumption cannot be negative.");
    public static readonly ErrorCode ValueExceedsRegister = new("energy.value-exceeds-register", 400, "读数超出表盘位数。", "The value does not fit the meter's register digits.");
    public static readonly ErrorCode RegisterBackwards = new("energy.register-backwards", 400, "累计读数倒退，既非表盘归零翻转也非换表之后。", "The register went backwards: neither a rollover of its register size nor after a replacement.");
    public static readonly ErrorCode OutOfOrder = new("energy.reading-out-of-order", 400, "累计式读数须晚于该表最后读数时间。", "A cumulative reading must come after the meter's latest reading.");
    public static readonly ErrorCode ReadingConflict = new("energy.reading-conflict", 409, "该表此时刻已有不同读数；如需替换请选择替换。", "The meter already has another value at this time; ask to replace it.");
    public static readonly ErrorCode ReplaceCumulative = new("energy.replace-cumulative", 409, "累计式读数不能替换（其用量取决于前一读数）。", "A cumulative reading cannot be replaced (its consumption depends on the reading before it).");
    public static readonly ErrorCode DensityMissing = new("energy.density-missing", 422, "读数日期没有适用的油品密度，无法将升换算为千克。", "No fuel density is in force on the reading's date to convert litres to kg.");
    public static readonly ErrorCode FieldUnknown = new("energy.field-unknown", 400, "未知字段。", "Unknown field.");
    public static readonly ErrorCode RowMalformed = new("energy.row-malformed", 400, "该行格式错误（列数不符或不是对象）。", "The row is malformed (wrong number of columns, or not an object).");
    public static readonly ErrorCode HeaderInvalid = new("energy.import-header-invalid", 400, "CSV 首行须为列名 readAt、value 及 meterId 或 institutionCode 和 meterCode（或三者都有，顺序不限，无其他列）。", "The first CSV line must name the columns readAt, value and meterId, or institutionCode and meterCode, or all three (any order, no other column).");
    public static readonly ErrorCode ImportMalformed = new("energy.import-malformed", 422, "文件格式错误，导入已停止；报告列出停止的位置。", "The file is malformed and the import stopped; the report says where.");
    public static readonly ErrorCode ImportRejected = new("energy.import-rejected", 422, "有行被拒绝，全部回滚，未保存任何读数；见错误报告。", "Rows were rejected, so the whole import was rolled back and nothing was stored; see the error report.");
    public static readonly ErrorCode Jurisdiction = new("energy.jurisdiction-invalid", 400, "适用地区应为 national 或 6 位行政区划代码。", "The jurisdiction must be \"national\" or a 6-digit division code.");
    public static readonly ErrorCode RuleVersionExists = new("energy.rule-version-exists", 409, "该规则在此日期已有版本。", "This rule already has a version starting on that date.");
    public static readonly ErrorCode CoefficientInvalid = new("energy.coefficient-invalid", 400, "系数应大于 0，最多 6 位小数。", "A coefficient must be above 0 with at most 6 decimals.");
    public static readonly ErrorCode CoefficientKind = new("energy.coefficient-kind-invalid", 400, "该能源种类不适用此系数（水无折标系数；密度只用于汽油和柴油）。", "This coefficient does not apply to that kind (water has no standard-coal coefficient; densities are for gasoline and diesel).");
    public static readonly ErrorCode CoefficientMissing = new("energy.coefficient-missing", 422, "有用能日期没有适用的折标准煤系数。", "No standard-coal coefficient is in force for some day of the consumption.");
    public static readonly ErrorCode EffectiveRange = new("energy.effective-range-invalid", 400, "失效日期不能早于生效日期。", "effectiveTo cannot be before effectiveFrom.");
    public static readonly ErrorCode PlanInvalid = new("energy.plan-invalid", 400, "规划期无效：首年不晚于末年，基准年早于首年，目标为 −100 至 100 的百分数。", "Invalid plan: first year ≤ last year, baseline before the first year, targets in percent between −100 and 100.");
    public static readonly ErrorCode SettingsInvalid = new("energy.settings-invalid", 400, "设置无效：截止日须为有效的月日，阈值 1–1000%，无读数天数 1–366。", "Invalid settings: a valid due month and day, a threshold of 1–1000%, silent days 1–366.");
    public static readonly ErrorCode PeriodInvalid = new("energy.period-invalid", 400, "统计期无效：Month 需 year 和 month，Quarter 需 year 和 quarter，Year 需 year，Custom 需 from 和 to（不超过 10 年）。", "Invalid period: Month needs year and month, Quarter year and quarter, Year year, Custom from and to (at most 10 years).");
    public static readonly ErrorCode SubjectInvalid = new("energy.subject-invalid", 400, "须且只能指定 institutionId 或 organId 之一。", "Give exactly one of institutionId and organId.");
    public static readonly ErrorCode QuotaInvalid = new("energy.quota-invalid", 400, "定额应大于 0，最多 3 位小数。", "A quota must be above 0 with at most 3 decimals.");
    public static readonly ErrorCode ExplanationInvalid = new("energy.explanation-invalid", 400, "说明应为 10–2000 个字符。", "An explanation is 10–2000 characters.");
    public static readonly ErrorCode OverrunExplained = new("energy.overrun-explained", 409, "该超定额已说明。", "The overrun is already explained.");
    public static readonly ErrorCode StatisticsMissing = new("energy.statistics-missing", 422, "该年度缺少建筑面积和用能人数统计。", "The year's floor area and energy-using population are missing.");
    public static readonly ErrorCode ReportSubmitted = new("energy.report-submitted", 409, "年度报告已报送，不能再修改。", "The annual report is submitted and cannot change.");
    public static readonly ErrorCode ReportNotDrafted = new("energy.report-not-drafted", 409, "年度报告尚未起草。", "The annual report has no draft yet.");
    public static readonly ErrorCode ReportYearOpen = new("energy.report-year-open", 422, "只能报告已结束的年度。", "Only a year that has ended can be reported.");
    public static readonly ErrorCode MonthInvalid = new("energy.month-invalid", 400, "月份格式应为 yyyy-MM。", "A month is yyyy-MM.");
    public static readonly ErrorCode PartitionsUnavailable = new("energy.partitions-unavailable", 422, "当前数据库未按月分区，不能分离分区。",
        "The readings are not partitioned by month on this database: there is nothing to detach.");
    public static readonly ErrorCode RetentionTooRecent = new("energy.retention-too-recent", 422, "本年度和上一年度的分区必须保留。",
        "The current and the previous year's partitions must stay attached.");
    public static readonly ErrorCode MonthStartRequired = new("energy.month-start-required", 400, "须为某月的第一天。", "The date must be the first day of a month.");
    public static readonly ErrorCode SettingsMissing = new("energy.settings-missing", 422, "没有适用的节能设置规则。", "No energy settings rule is in force.");
}
