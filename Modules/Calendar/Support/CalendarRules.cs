using FluentValidation;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Calendar.Support;

/// <summary>The input rules several calendar use cases share.</summary>
internal static class CalendarRules
{
    public const int FirstYear = 2000;
    public const int LastYear = 2099;

    /// <summary>The longest interval a working-minutes question may span.</summary>
    public static readonly TimeSpan LongestRange = TimeSpan.FromDays(3 * 366);

    /// <summary>The most working days one question may add or subtract.</summary>
    public const int MostDays = 500;

    public static bool IsCalendarYear(int year) => year is >= FirstYear and <= LastYear;

    public static bool IsCalendarDate(DateOnly date) => IsCalendarYear(date.Year);

    public static IRuleBuilderOptions<T, string> CalendarJurisdiction<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(Jurisdictions.IsJurisdiction).WithErrorCode(CalendarErrors.Jurisdiction.Code).WithMessage(_ => CalendarErrors.Jurisdiction.Title);

    public static IRuleBuilderOptions<T, int> CalendarYear<T>(this IRuleBuilder<T, int> rule) =>
        rule.Must(IsCalendarYear).WithErrorCode(CalendarErrors.YearOutOfRange.Code).WithMessage(_ => CalendarErrors.YearOutOfRange.Title);

    /// <summary>An instant whose UTC year is a calendar year (its business date may be a day later or earlier; that year then answers as undeclared).</summary>
    public static IRuleBuilderOptions<T, DateTimeOffset> CalendarInstant<T>(this IRuleBuilder<T, DateTimeOffset> rule) =>
        rule.Must(i => IsCalendarYear(i.UtcDateTime.Year)).WithErrorCode(CalendarErrors.YearOutOfRange.Code).WithMessage(_ => CalendarErrors.YearOutOfRange.Title);

    public static IRuleBuilderOptions<T, DateOnly> CalendarDate<T>(this IRuleBuilder<T, DateOnly> rule) =>
        rule.Must(IsCalendarDate).WithErrorCode(CalendarErrors.YearOutOfRange.Code).WithMessage(_ => CalendarErrors.YearOutOfRange.Title);
}
