using System.Globalization;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Energy.Domain;
using Xunit;

namespace OrganAffairs.Tests.Unit;

public sealed class EnergyDomainTests
{
    [Theory]
    [InlineData("2025-01-01T01:00:00+08:00")]
    [InlineData("2025-01-01T01:00:00Z")]
    [InlineData("2025-06-30T23:59:59.1234567Z")]
    [InlineData("2025-06-30T23:59:59.5-05:30")]
    [InlineData("2024-02-29T12:00:00+14:00")]
    [InlineData("2025-01-01 01:00:00+08:00")]
    public void Instants_read_as_the_general_parser_reads_them_in_UTC_to_the_microsecond(string text)
    {
        Assert.True(ReadingSource.TryInstant(text, out var instant));
        var expected = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).ToUniversalTime();
        Assert.Equal(expected.AddTicks(-(expected.Ticks % 10)), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    [Theory]
    [InlineData("2025-01-01T01:00:00")]
    [InlineData("2025-02-29T00:00:00Z")]
    [InlineData("2025-13-01T00:00:00Z")]
    [InlineData("2025-01-01T24:00:00Z")]
    [InlineData("2025-01-01T01:00:00+15:00")]
    [InlineData("yesterday")]
    [InlineData("")]
    public void Instants_without_an_offset_or_impossible_are_refused(string text) =>
        Assert.False(ReadingSource.TryInstant(text, out _));

    [Theory]
    // 5 digits: the register spans 0–99,999.999; a rollover needs the previous value in the top tenth and the new in the bottom tenth.
    [InlineData(99_998_000, 3_000, 5, 5_000L)]
    [InlineData(90_000_000, 9_999_999, 5, 19_999_999L)]
    [InlineData(89_999_999, 9_999_999, 5, null)]
    [InlineData(90_000_000, 10_000_000, 5, null)]
    [InlineData(5_000, 5_000, 5, 0L)]
    [InlineData(5_000, 4_999, 5, null)]
    public void A_register_rolls_over_only_from_its_top_tenth_to_its_bottom_tenth(long previous, long value, int digits, long? expected) =>
        Assert.Equal(expected, Register.Delta(previous, value, digits));

    [Fact]
    public void Indicators_read_whole_months_from_the_month_roll_up_and_the_rest_by_day()
    {
        var boundaries = new HashSet<DateOnly> { new(2025, 3, 15), new(2025, 5, 1) };
        var (months, days) = RollupPlan.For(new DateOnly(2025, 1, 10), new DateOnly(2025, 6, 20), boundaries);
        Assert.Equal([202502, 202504, 202505], months);
        Assert.Equal([(new DateOnly(2025, 1, 10), new DateOnly(2025, 1, 31)), (new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31)), (new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 20))], days);
    }

    [Fact]
    public void Settings_put_the_due_date_in_the_following_year_and_clamp_to_the_month()
    {
        Assert.Equal(new DateOnly(2026, 3, 31), new SettingsValue(3, 31, 20m, 3).DueOn(2025));
        Assert.Equal(new DateOnly(2027, 2, 28), new SettingsValue(2, 29, 20m, 3).DueOn(2026));
    }

    [Theory]
    // A cumulative register: 3–9 digits and an initial value below 10^digits, ≥ 0, at most 3 decimals.
    [InlineData(3, "999.999", true)]
    [InlineData(3, "1000", false)]
    [InlineData(9, "0", true)]
    [InlineData(2, "0", false)]
    [InlineData(10, "0", false)]
    [InlineData(5, "-0.001", false)]
    [InlineData(5, "1.0005", false)]
    [InlineData(5, null, false)]
    [InlineData(null, "0", false)]
    public void A_cumulative_register_needs_3_to_9_digits_and_an_initial_value_that_fits(int? digits, string? initial, bool valid) =>
        Assert.Equal(valid, Register.IsValidSetup(MeterMode.Cumulative, digits, initial is null ? null : decimal.Parse(initial, CultureInfo.InvariantCulture)));

    [Fact]
    public void An_interval_meter_has_neither_register_digits_nor_an_initial_value()
    {
        Assert.True(Register.IsValidSetup(MeterMode.Interval, null, null));
        Assert.False(Register.IsValidSetup(MeterMode.Interval, 5, null));
        Assert.False(Register.IsValidSetup(MeterMode.Interval, null, 0m));
    }

    [Theory]
    [InlineData("2001-01", true)]
    [InlineData("2100-12", true)]
    [InlineData("2000-12", false)]
    [InlineData("2101-01", false)]
    [InlineData("2025-13", false)]
    [InlineData("2025-1", false)]
    [InlineData("2025-01-01", false)]
    [InlineData(null, false)]
    public void A_month_is_yyyy_MM_from_2001_to_2100(string? text, bool valid)
    {
        Assert.Equal(valid, Months.TryParse(text, out var first));
        if (valid)
        {
            Assert.Equal(1, first.Day);
            Assert.Equal(text, Months.Text(Months.Key(first)));
        }
    }

    [Fact]
    public void A_month_period_is_its_first_to_its_last_day_and_a_quarter_three_months()
    {
        Assert.Equal((new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29)), new PeriodSpec(PeriodKind.Month, 2024, 2, null, null, null).Resolve());
        Assert.Equal((new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31)), new PeriodSpec(PeriodKind.Quarter, 2025, null, 4, null, null).Resolve());
        Assert.Equal((new DateOnly(2000, 1, 1), new DateOnly(2000, 12, 31)), new PeriodSpec(PeriodKind.Year, 2000, null, null, null, null).Resolve());
    }

    [Theory]
    [InlineData(PeriodKind.Year, 1999, null, null)]
    [InlineData(PeriodKind.Year, 2101, null, null)]
    [InlineData(PeriodKind.Month, 2025, 13, null)]
    [InlineData(PeriodKind.Month, 2025, 0, null)]
    [InlineData(PeriodKind.Month, 2025, null, null)]
    [InlineData(PeriodKind.Quarter, 2025, null, 5)]
    [InlineData(PeriodKind.Quarter, 2025, null, 0)]
    [InlineData(null, 2025, null, null)]
    public void A_period_without_what_its_kind_needs_is_refused(PeriodKind? kind, int? year, int? month, int? quarter) =>
        Assert.Null(new PeriodSpec(kind, year, month, quarter, null, null).Resolve());

    [Fact]
    public void A_custom_period_spans_at_most_ten_years_forwards()
    {
        var from = new DateOnly(2015, 3, 1);
        Assert.Equal((from, new DateOnly(2025, 3, 1)), new PeriodSpec(PeriodKind.Custom, null, null, null, from, new DateOnly(2025, 3, 1)).Resolve());
        Assert.Null(new PeriodSpec(PeriodKind.Custom, null, null, null, from, new DateOnly(2025, 3, 2)).Resolve());
        Assert.Equal((from, from), new PeriodSpec(PeriodKind.Custom, null, null, null, from, from).Resolve());
        Assert.Null(new PeriodSpec(PeriodKind.Custom, null, null, null, from, from.AddDays(-1)).Resolve());
        Assert.Null(new PeriodSpec(PeriodKind.Custom, null, null, null, new DateOnly(1999, 12, 31), new DateOnly(2000, 1, 1)).Resolve());
        Assert.Null(new PeriodSpec(PeriodKind.Custom, null, null, null, from, null).Resolve());
    }

    [Fact]
    public void Normal_drops_trailing_zeros_and_keeps_the_value()
    {
        Assert.Equal("122.9", Scaled.Normal(122.9000000m).ToString(CultureInfo.InvariantCulture));
        Assert.Equal("2.5", Scaled.Normal(2.50m).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(1.23456789m, Scaled.Normal(1.23456789m));
    }

    [Fact]
    public void Water_has_no_standard_coal_or_CO2_coefficient_and_densities_are_for_gasoline_and_diesel()
    {
        Assert.True(CoefficientTable.StandardCoal.Applies(EnergyKind.Electricity));
        Assert.False(CoefficientTable.StandardCoal.Applies(EnergyKind.Water));
        Assert.True(CoefficientTable.Co2.Applies(EnergyKind.NaturalGas));
        Assert.False(CoefficientTable.Co2.Applies(EnergyKind.Water));
        Assert.True(CoefficientTable.Density.Applies(EnergyKind.Gasoline));
        Assert.True(CoefficientTable.Density.Applies(EnergyKind.Diesel));
        Assert.False(CoefficientTable.Density.Applies(EnergyKind.Lpg));
    }

    [Fact]
    public void Each_coefficient_table_is_its_own_rule_kind()
    {
        Assert.Equal(RuleKinds.Coal, CoefficientTable.StandardCoal.Kind());
        Assert.Equal(RuleKinds.Co2, CoefficientTable.Co2.Kind());
        Assert.Equal(RuleKinds.Density, CoefficientTable.Density.Kind());
    }

    [Theory]
    [InlineData("0.000001", true)]
    [InlineData("1000", true)]
    [InlineData("0", false)]
    [InlineData("0.0000001", false)]
    [InlineData("1000.000001", false)]
    [InlineData("-1", false)]
    public void A_coefficient_is_above_0_at_most_1000_with_at_most_6_decimals(string value, bool valid) =>
        Assert.Equal(valid, CoefficientTables.IsValidValue(decimal.Parse(value, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("-100", true)]
    [InlineData("100", true)]
    [InlineData("-5.25", true)]
    [InlineData("-100.01", false)]
    [InlineData("100.01", false)]
    [InlineData("1.005", false)]
    public void A_plan_target_is_a_percent_between_minus_100_and_100_with_2_decimals(string value, bool valid) =>
        Assert.Equal(valid, RuleChecks.IsPercent(decimal.Parse(value, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(2021, 2025, 2020, true)]
    [InlineData(2021, 2021, 2000, true)]
    [InlineData(2001, 2100, 2000, true)]
    [InlineData(2021, 2020, 2019, false)]
    [InlineData(2021, 2025, 2021, false)]
    [InlineData(2021, 2025, 1999, false)]
    [InlineData(2021, 2101, 2020, false)]
    [InlineData(1999, 2005, 1998, false)]
    public void A_plan_runs_from_its_first_to_its_last_year_against_an_earlier_baseline(int first, int last, int baseline, bool valid) =>
        Assert.Equal(valid, RuleChecks.IsValidPlan(new CreatePlanTargetRequest("14th FYP", "national", first, last, baseline, -5m, -6m, -5m, -7m, "source", Confidence.High)));

    [Fact]
    public void A_plan_with_a_target_outside_the_percent_range_is_refused() =>
        Assert.False(RuleChecks.IsValidPlan(new CreatePlanTargetRequest("14th FYP", "national", 2021, 2025, 2020, -5m, -6m, -5m, -100.5m, "source", Confidence.High)));

    [Theory]
    [InlineData(3, 31, "20", 3, true)]
    [InlineData(2, 29, "20", 3, true)]
    [InlineData(2, 30, "20", 3, false)]
    [InlineData(4, 31, "20", 3, false)]
    [InlineData(13, 1, "20", 3, false)]
    [InlineData(3, 0, "20", 3, false)]
    [InlineData(3, 31, "1", 1, true)]
    [InlineData(3, 31, "1000", 366, true)]
    [InlineData(3, 31, "0.99", 3, false)]
    [InlineData(3, 31, "1000.01", 3, false)]
    [InlineData(3, 31, "20", 0, false)]
    [InlineData(3, 31, "20", 367, false)]
    public void Settings_need_a_real_due_day_a_threshold_of_1_to_1000_and_1_to_366_silent_days(int month, int day, string threshold, int silentDays, bool valid) =>
        Assert.Equal(valid, RuleChecks.IsValidSettings(new CreateEnergySettingsRequest("national", new DateOnly(2025, 1, 1), month, day,
            decimal.Parse(threshold, CultureInfo.InvariantCulture), silentDays, "source")));

    [Theory]
    // Threshold 20%: exactly 20% is not beyond it, a thousandth of a percent more is.
    [InlineData(120_000, 100_000, false)]
    [InlineData(120_001, 100_000, true)]
    [InlineData(80_000, 100_000, false)]
    [InlineData(79_999, 100_000, true)]
    public void A_change_is_an_anomaly_only_beyond_the_threshold_either_way(long now, long before, bool beyond) =>
        Assert.Equal(beyond, YearOverYear.Beyond(YearOverYear.ChangePercent(now, before)!.Value, 20m));

    [Fact]
    public void A_kind_with_no_use_last_year_has_no_basis()
    {
        Assert.Null(YearOverYear.ChangePercent(5_000, 0));
        Assert.Null(YearOverYear.ChangePercent(5_000, -1));
        Assert.Equal(-100m, YearOverYear.ChangePercent(0, 1));
        Assert.Equal(20.001m, YearOverYear.ChangePercent(120_001, 100_000));
    }

    [Fact]
    public void A_meter_is_silent_for_whole_days_since_its_last_reading_or_its_installation()
    {
        var now = new DateTimeOffset(2025, 6, 10, 12, 0, 0, TimeSpan.Zero);
        var installed = now.AddDays(-30);
        Assert.Equal(2, MeterSilence.Days(now, now.AddDays(-3).AddTicks(1), installed));
        Assert.Equal(3, MeterSilence.Days(now, now.AddDays(-3), installed));
        Assert.Equal(0, MeterSilence.Days(now, now.AddHours(-23), installed));
        Assert.Equal(30, MeterSilence.Days(now, null, installed));
    }

    [Fact]
    public void A_report_is_late_from_the_day_after_its_due_date_unless_submitted()
    {
        var due = new DateOnly(2026, 3, 31);
        Assert.False(ReportDeadline.IsLate(due, due));
        Assert.True(ReportDeadline.IsLate(due.AddDays(1), due));
        Assert.Equal(AnnualReportStatus.NotStarted, ReportDeadline.StatusOn(null, due, due));
        Assert.Equal(AnnualReportStatus.Late, ReportDeadline.StatusOn(null, due.AddDays(1), due));
        Assert.Equal(AnnualReportStatus.Draft, ReportDeadline.StatusOn(AnnualReportStatus.Draft, due, due));
        Assert.Equal(AnnualReportStatus.Late, ReportDeadline.StatusOn(AnnualReportStatus.Draft, due.AddDays(1), due));
        Assert.Equal(AnnualReportStatus.Submitted, ReportDeadline.StatusOn(AnnualReportStatus.Submitted, due.AddDays(1), due));
    }

    [Fact]
    public void A_target_is_met_at_or_below_it_and_needs_a_positive_baseline()
    {
        Assert.Equal(new TargetIndicator("kgcePerSquareMetre", 10m, 9.5m, -5m, -5m, true), PlanProgress.Indicator("kgcePerSquareMetre", 10m, 9.5m, -5m));
        Assert.Equal(false, PlanProgress.Indicator("kgcePerSquareMetre", 10m, 9.501m, -5m).Met);
        Assert.Equal(-4.99m, PlanProgress.Indicator("kgcePerSquareMetre", 10m, 9.501m, -5m).ChangePercent);
        // Shown rounded as −5.00 %, but −4.9996 % exactly: not met (E5); −5.0004 % exactly: met.
        var justShort = PlanProgress.Indicator("kgcePerSquareMetre", 100m, 95.0004m, -5m);
        Assert.Equal((-5.00m, false), (justShort.ChangePercent, justShort.Met));
        var justMet = PlanProgress.Indicator("kgcePerSquareMetre", 100m, 94.9996m, -5m);
        Assert.Equal((-5.00m, true), (justMet.ChangePercent, justMet.Met));
        Assert.Equal(new TargetIndicator("kgcePerPerson", 0m, 9m, null, -5m, null), PlanProgress.Indicator("kgcePerPerson", 0m, 9m, -5m));
        Assert.Null(PlanProgress.Indicator("kgcePerPerson", 10m, null, -5m).Met);
        Assert.Null(PlanProgress.Indicator("kgcePerPerson", null, 9m, -5m).ChangePercent);
    }

    [Theory]
    [InlineData(EnergyType.Gasoline, EnergyKind.Gasoline)]
    [InlineData(EnergyType.Hybrid, EnergyKind.Gasoline)]
    [InlineData(EnergyType.PlugInHybrid, EnergyKind.Gasoline)]
    [InlineData(EnergyType.Diesel, EnergyKind.Diesel)]
    [InlineData(EnergyType.BatteryElectric, null)]
    [InlineData(EnergyType.FuelCell, null)]
    public void Vehicle_fuel_counts_as_gasoline_for_petrol_and_hybrids_and_as_diesel(EnergyType type, EnergyKind? kind) =>
        Assert.Equal(kind, VehicleFuels.KindOf(type));
}
