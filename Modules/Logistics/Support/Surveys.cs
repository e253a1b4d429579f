using System.Globalization;
using System.Linq.Expressions;
using FluentValidation;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Support;

internal static class SurveyMapping
{
    public static SurveyResponse ToResponse(this SurveyRow r) =>
        new(r.Id, r.ProviderCreditCode, r.ServiceItem, r.Title, r.QuestionList, r.SamplePercent, r.Version, r.CreatedAt);

    public static SurveyAnswerResponse ToResponse(this SurveyAnswerRow r) =>
        new(r.Id, r.SurveyId, r.WorkOrderId, r.OrganId, r.StaffMemberId, Months.Format(r.Month), r.ScoreList, r.Comment, r.CreatedAt);
}

/// <summary>Months as yyyy-MM in the API and their first days inside; a month's instants in the business time zone.</summary>
internal static class Months
{
    public static DateOnly? Parse(string? month) =>
        month is { Length: 7 } && DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>Whether <paramref name="to"/> is <paramref name="from"/> or up to 23 months after it (true when either is unreadable: their own rules answer).</summary>
    public static bool InRange(string? from, string? to) => Parse(from) is not { } f || Parse(to) is not { } t || (t >= f && t < f.AddMonths(24));

    public static string Format(DateOnly first) => first.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The first day of the business month of an instant.</summary>
    public static DateOnly Of(DateTimeOffset instant, BusinessClock clock)
    {
        var day = clock.DateOf(instant);
        return new DateOnly(day.Year, day.Month, 1);
    }

    /// <summary>[start of the first month, start of the month after the last) as UTC instants.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Instants(DateOnly first, DateOnly last, BusinessClock clock) =>
        BusinessPeriod.Instants(first, last.AddMonths(1).AddDays(-1), clock);
}

/// <summary>The rules of a `from`–`to` month range every monthly report and result list takes: yyyy-MM each, at most 24 months.</summary>
internal static class MonthRangeRules
{
    public static void MonthRange<T>(this AbstractValidator<T> validator, Expression<Func<T, string>> from, Expression<Func<T, string>> to)
    {
        var fromOf = from.Compile();
        validator.RuleFor(from).Must(m => Months.Parse(m) is not null).WithErrorCode(FieldErrors.InvalidFormat.Code).WithMessage("A month as yyyy-MM.").OverridePropertyName("from");
        validator.RuleFor(to).Must(m => Months.Parse(m) is not null).WithErrorCode(FieldErrors.InvalidFormat.Code).WithMessage("A month as yyyy-MM.").OverridePropertyName("to");
        validator.RuleFor(to).Must((q, t) => Months.InRange(fromOf(q), t)).WithErrorCode(FieldErrors.OutOfRange.Code).WithMessage("From `from` up to 24 months.")
            .OverridePropertyName("to");
    }
}
