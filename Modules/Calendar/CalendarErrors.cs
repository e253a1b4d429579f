using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Calendar;

/// <summary>
/// Every code the Calendar module answers with, with its texts. calendar.year-not-declared and
/// calendar.hours-not-set belong to the shared calendar (BusinessCalendarErrors): every module meets them.
/// </summary>
internal static class CalendarErrors
{
    public static readonly ErrorCode DayNotFound = new("calendar.day-not-found", 404, "日历日不存在。", "The calendar day does not exist.");
    public static readonly ErrorCode DayExists = new("calendar.day-exists", 409, "该地区在此日期已有生效的日历日，请修改或停用它。", "This jurisdiction already has an active day on that date; update or retire it.");
    public static readonly ErrorCode DayRetired = new("calendar.day-retired", 409, "该日历日已停用。", "The calendar day is retired.");
    public static readonly ErrorCode MakeUpDayOnWeekday = new("calendar.make-up-day-on-weekday", 400, "调休上班日只能是星期六或星期日。", "A make-up working day can only be a Saturday or Sunday.");
    public static readonly ErrorCode Jurisdiction = new("calendar.jurisdiction-invalid", 400, "适用地区应为 national 或 6 位行政区划代码。", "The jurisdiction must be \"national\" or a 6-digit division code.");
    public static readonly ErrorCode YearOutOfRange = new("calendar.year-out-of-range", 400, "日历年份应在 2000–2099 之间。", "Calendar years are 2000–2099.");
    public static readonly ErrorCode TimeInvalid = new("calendar.time-invalid", 400, "时间应为 HH:mm 格式（00:00–23:59）。", "A time is \"HH:mm\" (00:00–23:59).");
    public static readonly ErrorCode SpansInvalid = new("calendar.working-hours-invalid", 400, "工作时段应为 1–4 段，每段开始早于结束，按时间顺序且互不重叠。", "Working hours are 1–4 periods, each starting before it ends, in order and not overlapping.");
    public static readonly ErrorCode HoursVersionExists = new("calendar.hours-version-exists", 409, "该地区在此日期已有工作时间版本。", "This jurisdiction already has a working-hours version starting on that date.");
    public static readonly ErrorCode SourceRequired = new("calendar.source-required", 400, "声明年度完成须注明依据的文件。", "Declaring a year complete needs the notice it rests on (source).");
    public static readonly ErrorCode RangeInvalid = new("calendar.range-invalid", 400, "结束时间不能早于开始时间。", "The end comes before the start.");
    public static readonly ErrorCode RangeTooLong = new("calendar.range-too-long", 400, "时间范围最长 3 年。", "The range may span at most 3 years.");
}
