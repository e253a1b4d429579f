using OrganAffairs.Contracts.Calendar;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.Calendar.Data;

/// <summary>A row of calendar_year.</summary>
internal sealed class YearRow
{
    public Guid Id { get; set; }
    public string Jurisdiction { get; set; } = "";
    public int Year { get; set; }
    public bool Complete { get; set; }
    public string? Source { get; set; }
    public DateTimeOffset? DeclaredAt { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A row of calendar_day.</summary>
internal sealed class DayRow
{
    public Guid Id { get; set; }
    public string Jurisdiction { get; set; } = "";
    public int Year { get; set; }
    public DateOnly Day { get; set; }
    public CalendarDayKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string Source { get; set; } = "";
    public CalendarDayStatus Status { get; set; }
    public Guid LiveKey { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A row of calendar_working_hours: one version of the rule table.</summary>
internal sealed class WorkingHoursRow : IRuleRow
{
    public Guid Id { get; set; }
    public string Jurisdiction { get; set; } = "";
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public string Spans { get; set; } = "";
    public string Source { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? DocumentId { get; set; }
}
