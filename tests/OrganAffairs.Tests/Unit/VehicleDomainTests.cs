using OrganAffairs.Contracts.Organs;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Vehicles.Domain;
using Xunit;

namespace OrganAffairs.Tests.Unit;

public sealed class VinTests
{
    [Theory]
    [InlineData("1M8GDM9AXKP042788")] // the ISO 3779 / NHTSA worked example, check digit X
    [InlineData("11111111111111111")]
    [InlineData("1HGCM82633A004352")]
    [InlineData("JH4KA7561PC008269")]
    public void Real_vins_pass_the_check(string vin) => Assert.True(Vin.IsValid(vin), vin);

    [Theory]
    [InlineData("1M8GDM9A1KP042788")] // check digit changed
    [InlineData("1M8GDM9AXKP042789")] // last digit changed
    [InlineData("2M8GDM9AXKP042788")] // first digit changed
    public void A_changed_character_fails_the_check(string vin) => Assert.False(Vin.IsValid(vin), vin);

    [Theory]
    [InlineData("1M8GDM9AXKP04278")] // 16
    [InlineData("1M8GDM9AXKP0427888")] // 18
    [InlineData("IM8GDM9AXKP042788")] // I
    [InlineData("1M8GDM9AXKO042788")] // O
    [InlineData("1M8GDM9AXKQ042788")] // Q
    [InlineData("1m8gdm9axkp042788")] // lower case
    public void Wrong_shapes_are_refused(string vin) => Assert.False(Vin.HasValidShape(vin), vin);

    [Fact]
    public void Transliteration_follows_the_standard()
    {
        Assert.Equal([1, 8, 1, 5, 7, 9, 2, 9], "AHJNPRSZ".Select(Vin.Value).ToArray());
        Assert.Equal('X', Vin.CheckCharacter("1M8GDM9A_KP042788".Replace('_', '0')));
    }
}

public sealed class PlateNumberTests
{
    private static readonly PlateRuleValue Rule = new("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼", "ABCDEFGHJKLMNPQRSTUVWXYZ", 7, 8, "D", "F");

    [Theory]
    [InlineData("苏A12345", EnergyType.Gasoline, BodyType.Sedan, "Valid")]
    [InlineData("京N8K7X2", EnergyType.Diesel, BodyType.Mpv, "Valid")]
    [InlineData("苏AD12345", EnergyType.BatteryElectric, BodyType.Sedan, "Valid")]
    [InlineData("苏AF12345", EnergyType.PlugInHybrid, BodyType.Sedan, "Valid")]
    [InlineData("苏A12345D", EnergyType.BatteryElectric, BodyType.LargeBus, "Valid")]
    [InlineData("苏A12345F", EnergyType.FuelCell, BodyType.LargeBus, "Valid")]
    [InlineData("苏AD12345", EnergyType.Gasoline, BodyType.Sedan, "EnergyMismatch")]
    [InlineData("苏AF12345", EnergyType.BatteryElectric, BodyType.Sedan, "EnergyMismatch")]
    [InlineData("苏A12345D", EnergyType.BatteryElectric, BodyType.Sedan, "Invalid")] // large-vehicle form on a sedan
    [InlineData("苏AD12345", EnergyType.BatteryElectric, BodyType.LargeBus, "Invalid")] // small form on a large bus
    [InlineData("苏I12345", EnergyType.Gasoline, BodyType.Sedan, "Invalid")] // I never used
    [InlineData("苏A1O345", EnergyType.Gasoline, BodyType.Sedan, "Invalid")] // O never used
    [InlineData("苏A1234", EnergyType.Gasoline, BodyType.Sedan, "Invalid")] // 6 characters
    [InlineData("X A12345", EnergyType.Gasoline, BodyType.Sedan, "Invalid")]
    [InlineData("台A12345", EnergyType.Gasoline, BodyType.Sedan, "Invalid")] // not in the province set
    [InlineData("苏AB12345", EnergyType.PlugInHybrid, BodyType.Sedan, "Invalid")] // 8 characters without D/F
    [InlineData("苏ADK1234", EnergyType.BatteryElectric, BodyType.Sedan, "Valid")] // a letter second, then four digits
    [InlineData("苏ADK123X", EnergyType.BatteryElectric, BodyType.Sedan, "Invalid")] // V9: the last four are digits
    [InlineData("苏AD1K234", EnergyType.BatteryElectric, BodyType.Sedan, "Invalid")] // a letter among the last four
    public void Plates_follow_the_rule(string plate, EnergyType energy, BodyType body, string expected) =>
        Assert.Equal(expected, PlateNumber.Check(plate, energy, body, Rule).ToString());

    [Fact]
    public void The_letter_set_is_data_a_new_version_can_change() =>
        Assert.Equal(PlateNumber.Verdict.Valid, PlateNumber.Check("苏I12345", EnergyType.Gasoline, BodyType.Sedan, Rule with { Letters = Rule.Letters + "I" }));
}

public sealed class DispatchChecksTests
{
    [Theory]
    [InlineData(VehicleStatus.Available, false)]
    [InlineData(VehicleStatus.OnTrip, false)] // dispatched ahead; the overlap check decides
    [InlineData(VehicleStatus.Maintenance, true)]
    [InlineData(VehicleStatus.Sealed, true)]
    [InlineData(VehicleStatus.Disposed, true)]
    public void Maintenance_sealed_and_disposed_vehicles_are_out_of_service(VehicleStatus status, bool outOfService) =>
        Assert.Equal(outOfService, DispatchChecks.IsOutOfService(status));

    [Theory]
    [InlineData(5, 4, true)] // exactly passengers + driver
    [InlineData(5, 5, false)] // one short: the driver needs a seat
    [InlineData(2, 1, true)]
    [InlineData(2, 2, false)]
    public void Seats_count_the_driver(int seats, int passengers, bool enough) =>
        Assert.Equal(enough, DispatchChecks.HasSeatsFor(seats, passengers));

    [Fact]
    public void The_licence_is_needed_through_the_trips_last_day_and_at_least_today()
    {
        var today = new DateOnly(2025, 5, 10);
        Assert.Equal(new DateOnly(2025, 5, 12), DispatchChecks.LicenceNeededThrough(today, new DateOnly(2025, 5, 12)));
        Assert.Equal(today, DispatchChecks.LicenceNeededThrough(today, today));
        Assert.Equal(today, DispatchChecks.LicenceNeededThrough(today, new DateOnly(2025, 5, 9)));
    }

    [Fact]
    public void A_licence_expiring_on_the_last_needed_day_is_valid_a_day_earlier_is_not()
    {
        var lastDay = new DateOnly(2025, 5, 12);
        Assert.True(DispatchChecks.IsLicenceValidThrough(lastDay, lastDay));
        Assert.True(DispatchChecks.IsLicenceValidThrough(lastDay.AddDays(1), lastDay));
        Assert.False(DispatchChecks.IsLicenceValidThrough(lastDay.AddDays(-1), lastDay));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData(" 应急〔2025〕3号 ", "应急〔2025〕3号")]
    public void A_blank_emergency_reference_is_none(string? raw, string? expected) =>
        Assert.Equal(expected, DispatchChecks.EmergencyReference(raw));

    [Fact]
    public void The_conflicting_window_is_written_in_utc() =>
        Assert.Equal("2025-05-10T00:30:00Z/2025-05-10T10:00:00Z", DispatchChecks.Window(
            new DateTimeOffset(2025, 5, 10, 8, 30, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2025, 5, 10, 10, 0, 0, TimeSpan.Zero)));
}

public sealed class PurchaseStandardCheckTests
{
    private static readonly PurchaseStandard Sedan = new("GeneralSedan", "中办发〔2017〕71号",
        new PurchaseStandardValue(null, BodyType.Sedan, false, 18_000_000, 1_800, false));

    private static readonly PurchaseStandard SedanWithApproval = new("ApprovedSedan", "中办发〔2017〕71号 (approved)",
        new PurchaseStandardValue(null, BodyType.Sedan, false, 25_000_000, 2_000, true));

    private static PurchaseStandardVerdict Judge(long priceFen, int? ml, bool approval, params PurchaseStandard[] standards) =>
        PurchaseStandardCheck.Judge(standards, VehicleCategory.Other, BodyType.Sedan, EnergyType.Gasoline, priceFen, ml, approval);

    [Fact]
    public void A_price_and_displacement_at_the_cap_are_within() =>
        Assert.Equal(new PurchaseStandardVerdict("GeneralSedan", null), Judge(18_000_000, 1_800, false, Sedan));

    [Fact]
    public void One_fen_over_the_cap_names_the_standard_and_its_limit()
    {
        var verdict = Judge(18_000_001, 1_800, false, Sedan);
        Assert.True(verdict.IsOver);
        Assert.Equal("GeneralSedan: ≤ 180000.00 CNY, ≤ 1.8 L — 中办发〔2017〕71号", verdict.OverDetail);
    }

    [Fact]
    public void One_millilitre_over_the_displacement_cap_is_over() =>
        Assert.True(Judge(10_000_000, 1_801, false, Sedan).IsOver);

    [Fact]
    public void A_battery_electric_vehicle_without_displacement_is_judged_by_price_only() =>
        Assert.Equal("GeneralSedan", Judge(18_000_000, null, false, Sedan).Code);

    [Fact]
    public void No_standard_covering_the_vehicle_means_no_cap()
    {
        var bus = new PurchaseStandard("Bus", "s", new PurchaseStandardValue(null, BodyType.LargeBus, false, 1, null, false));
        Assert.Equal(new PurchaseStandardVerdict(null, null), Judge(99_999_999_00, null, false, bus));
        Assert.Equal(new PurchaseStandardVerdict(null, null), Judge(99_999_999_00, null, false));
    }

    [Fact]
    public void A_standard_that_needs_approval_counts_only_with_an_approval_reference()
    {
        Assert.Equal("ApprovedSedan", Judge(25_000_000, 2_000, true, Sedan, SedanWithApproval).Code);
        var without = Judge(25_000_000, 2_000, false, Sedan, SedanWithApproval);
        Assert.Equal("GeneralSedan: ≤ 180000.00 CNY, ≤ 1.8 L — 中办发〔2017〕71号 (a higher standard needs approvalReference)", without.OverDetail);
    }

    [Fact]
    public void Within_several_the_one_without_approval_and_then_the_lowest_cap_is_named() =>
        Assert.Equal("GeneralSedan", Judge(10_000_000, 1_500, true, SedanWithApproval, Sedan).Code);

    [Fact]
    public void A_new_energy_only_standard_does_not_cover_a_petrol_car()
    {
        var nev = new PurchaseStandard("NevSedan", "s", new PurchaseStandardValue(null, BodyType.Sedan, true, 1, null, false));
        Assert.Null(Judge(20_000_000, 1_500, false, nev).Code);
        Assert.False(Judge(20_000_000, 1_500, false, nev).IsOver);
    }
}

public sealed class ReminderScheduleTests
{
    private static readonly DateOnly Today = new(2025, 5, 10);

    private static ReminderState State(DateOnly? dueOn, int? dueKm = null, int odometerKm = 10_000, DateOnly? doneOn = null) =>
        ReminderSchedule.StateOf(dueOn, dueKm, odometerKm, doneOn, Today, 30, 1000);

    [Fact]
    public void Due_today_is_not_yet_overdue_due_yesterday_is()
    {
        Assert.Equal(ReminderState.Upcoming, State(Today));
        Assert.Equal(ReminderState.Overdue, State(Today.AddDays(-1)));
    }

    [Fact]
    public void Upcoming_ends_at_the_last_day_of_the_look_ahead()
    {
        Assert.Equal(ReminderState.Upcoming, State(Today.AddDays(30)));
        Assert.Equal(ReminderState.Later, State(Today.AddDays(31)));
    }

    [Fact]
    public void A_mileage_reached_is_overdue_one_km_short_is_upcoming()
    {
        Assert.Equal(ReminderState.Overdue, State(null, 10_000));
        Assert.Equal(ReminderState.Upcoming, State(null, 10_001));
        Assert.Equal(ReminderState.Upcoming, State(null, 11_000)); // exactly withinKm ahead
        Assert.Equal(ReminderState.Later, State(null, 11_001));
    }

    [Fact]
    public void Whichever_comes_first_decides() =>
        Assert.Equal(ReminderState.Overdue, State(Today.AddDays(100), 9_000));

    [Fact]
    public void A_done_reminder_is_done_whatever_its_due() =>
        Assert.Equal(ReminderState.Done, State(Today.AddDays(-10), 1, doneOn: Today));
}

public sealed class FixedAssignmentTests
{
    private static readonly Guid Organ = Guid.NewGuid();

    private static StaffMemberSummary Member(bool leader = true, StaffStatus status = StaffStatus.Active, Guid? organ = null, params Guid[] concurrent) =>
        new(Guid.NewGuid(), "张三", organ ?? Organ, "R1", "厅局级正职", AdministrativeLevel.Provincial, leader, status, concurrent);

    [Fact]
    public void A_leader_of_a_rank_the_rule_allows_may_have_a_fixed_sedan() =>
        Assert.Equal(FixedAssignment.Verdict.Allowed, FixedAssignment.Check(Member(), Organ, BodyType.Sedan, rankMayHaveFixedCar: true));

    [Fact]
    public void A_leader_with_a_concurrent_post_in_the_organ_counts() =>
        Assert.Equal(FixedAssignment.Verdict.Allowed, FixedAssignment.Check(Member(organ: Guid.NewGuid(), concurrent: [Organ]), Organ, BodyType.Sedan, true));

    [Fact]
    public void Someone_unknown_inactive_or_of_another_organ_is_not_found()
    {
        Assert.Equal(FixedAssignment.Verdict.LeaderNotFound, FixedAssignment.Check(null, Organ, BodyType.Sedan, true));
        Assert.Equal(FixedAssignment.Verdict.LeaderNotFound, FixedAssignment.Check(Member(status: StaffStatus.Transferred), Organ, BodyType.Sedan, true));
        Assert.Equal(FixedAssignment.Verdict.LeaderNotFound, FixedAssignment.Check(Member(organ: Guid.NewGuid()), Organ, BodyType.Sedan, true));
    }

    [Fact]
    public void Never_an_off_road_vehicle_whatever_the_rank_rule_says() =>
        Assert.Equal(FixedAssignment.Verdict.OffRoad, FixedAssignment.Check(Member(), Organ, BodyType.OffRoad, rankMayHaveFixedCar: true));

    [Fact]
    public void The_rank_rule_decides_and_the_leader_flag_only_words_the_refusal()
    {
        Assert.Equal(FixedAssignment.Verdict.NotALeader, FixedAssignment.Check(Member(leader: false), Organ, BodyType.Sedan, false));
        Assert.Equal(FixedAssignment.Verdict.RankWithoutFixedCar, FixedAssignment.Check(Member(), Organ, BodyType.Sedan, false));
        Assert.Equal(FixedAssignment.Verdict.Allowed, FixedAssignment.Check(Member(leader: false), Organ, BodyType.Sedan, true));
    }
}

public sealed class RenewalRuleValueTests
{
    private static readonly RenewalRuleValue Rule = new(8, 250_000);
    private static readonly DateOnly Bought = new(2017, 3, 15);

    [Fact]
    public void Eligible_from_the_anniversary_not_the_day_before()
    {
        Assert.True(Rule.IsEligible(Bought, 0, new DateOnly(2025, 3, 15)));
        Assert.False(Rule.IsEligible(Bought, 0, new DateOnly(2025, 3, 14)));
    }

    [Fact]
    public void Eligible_at_the_mileage_not_one_km_before()
    {
        Assert.True(Rule.IsEligible(Bought, 250_000, new DateOnly(2020, 1, 1)));
        Assert.False(Rule.IsEligible(Bought, 249_999, new DateOnly(2020, 1, 1)));
    }
}

public sealed class CostMonthAndQuantityTests
{
    [Theory]
    [InlineData("2025-01", true)]
    [InlineData("2025-12", true)]
    [InlineData("2025-13", false)]
    [InlineData("2025-00", false)]
    [InlineData("2025-1", false)]
    [InlineData("2025-01-01", false)]
    [InlineData(null, false)]
    public void Months_are_yyyy_MM(string? value, bool valid) => Assert.Equal(valid, CostMonth.IsMonth(value));

    [Fact]
    public void A_cost_counts_in_the_month_of_its_date() => Assert.Equal("2025-02", CostMonth.Of(new DateOnly(2025, 2, 28)));

    [Theory]
    [InlineData(null, true)]
    [InlineData("0", true)]
    [InlineData("0.001", true)]
    [InlineData("0.0001", false)]
    [InlineData("100000", true)]
    [InlineData("100000.001", false)]
    [InlineData("-0.001", false)]
    public void Quantities_have_at_most_three_decimals_up_to_100000(string? value, bool valid) =>
        Assert.Equal(valid, Quantity.IsValid(value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
}

public sealed class OriginTests
{
    [Theory]
    [InlineData(VehicleOrigin.JointVenture, null, VehicleOrigin.JointVenture)]
    [InlineData(VehicleOrigin.Imported, false, VehicleOrigin.Imported)]
    [InlineData(null, true, VehicleOrigin.DomesticBrand)]
    [InlineData(null, false, null)]
    [InlineData(null, null, null)]
    public void The_origin_sent_wins_and_the_deprecated_flag_only_knows_domestic_brands(VehicleOrigin? origin, bool? domesticBrand, VehicleOrigin? expected) =>
        Assert.Equal(expected, Origin.Resolve(origin, domesticBrand));

    [Theory]
    [InlineData(VehicleOrigin.DomesticBrand, true, true)]
    [InlineData(VehicleOrigin.DomesticBrand, false, false)]
    [InlineData(VehicleOrigin.JointVenture, false, true)]
    [InlineData(VehicleOrigin.JointVenture, true, false)]
    [InlineData(VehicleOrigin.Imported, true, false)]
    [InlineData(VehicleOrigin.Imported, null, true)]
    public void Both_sent_must_agree(VehicleOrigin origin, bool? domesticBrand, bool agree) =>
        Assert.Equal(agree, Origin.Agree(origin, domesticBrand));

    [Theory]
    [InlineData(EnergyType.PlugInHybrid, "")]
    [InlineData(EnergyType.FuelCell, "")]
    [InlineData(EnergyType.Hybrid, "vehicles.not-new-energy")]
    [InlineData(EnergyType.Diesel, "vehicles.not-new-energy")]
    public void Only_new_energy_vehicles_escape_the_new_energy_flag(EnergyType energy, string flags) =>
        Assert.Equal(flags, string.Join(",", Origin.Flags(VehicleOrigin.JointVenture, energy).Select(f => f.Code)));
}

public sealed class SpecialPlateTests
{
    private static readonly PlateRuleValue Rule = new("京苏", "ABCDEFGHJKLMNPQRSTUVWXYZ", 7, 8, "D", "F");
    private static readonly SpecialPlateValue Police = new("警", 4, [VehicleCategory.LawEnforcement], []);
    private static readonly SpecialPlateValue Emergency = new("应急", 4, [VehicleCategory.EmergencySupport], []);

    [Fact]
    public void The_series_is_found_by_its_suffix()
    {
        var series = new[] { ("Police", Police), ("EmergencyManagement", Emergency) };
        Assert.Equal("Police", PlateNumber.SpecialSeriesOf("苏A1234警", series)!.Value.Code);
        Assert.Equal("EmergencyManagement", PlateNumber.SpecialSeriesOf("苏A1234应急", series)!.Value.Code);
        Assert.Null(PlateNumber.SpecialSeriesOf("苏A12345", series));
    }

    [Fact]
    public void The_serial_has_exactly_the_series_length()
    {
        Assert.True(PlateNumber.HasSpecialShape("苏A1234警", Police, Rule));
        Assert.True(PlateNumber.HasSpecialShape("苏AB234警", Police, Rule));
        Assert.False(PlateNumber.HasSpecialShape("苏A123警", Police, Rule));
        Assert.False(PlateNumber.HasSpecialShape("苏A12345警", Police, Rule));
        Assert.False(PlateNumber.HasSpecialShape("苏AI234警", Police, Rule));
        Assert.False(PlateNumber.HasSpecialShape("沪A1234警", Police, Rule));
        Assert.True(PlateNumber.HasSpecialShape("京A0001应急", Emergency, Rule));
    }

    [Fact]
    public void Only_the_listed_organs_and_categories_carry_it()
    {
        var organ = Guid.NewGuid();
        var listed = Police with { OrganIds = [organ] };
        Assert.True(PlateNumber.Carries(listed, organ, VehicleCategory.LawEnforcement));
        Assert.False(PlateNumber.Carries(listed, organ, VehicleCategory.Other));
        Assert.False(PlateNumber.Carries(listed, Guid.NewGuid(), VehicleCategory.LawEnforcement));
    }

    [Fact]
    public void A_quota_keeps_its_subject_id_and_each_category_has_its_own()
    {
        var organ = Guid.NewGuid();
        Assert.Equal(QuotaSubject.Of(organ, VehicleCategory.Other), QuotaSubject.Of(organ, VehicleCategory.Other));
        Assert.NotEqual(QuotaSubject.Of(organ, VehicleCategory.Other), QuotaSubject.Of(organ, VehicleCategory.EmergencySupport));
        Assert.NotEqual(QuotaSubject.Of(organ, VehicleCategory.Other), QuotaSubject.Of(Guid.NewGuid(), VehicleCategory.Other));
    }
}

public sealed class NewEnergyShareTests
{
    [Fact]
    public void The_target_is_met_on_exact_counts_not_on_the_rounded_share()
    {
        Assert.Equal(NewEnergyTargetStatus.Met, NewEnergyShare.Judge(10, 3, 3000));
        Assert.Equal(NewEnergyTargetStatus.NotMet, NewEnergyShare.Judge(100_000, 29_999, 3000));
        Assert.Equal(30.00m, NewEnergyShare.SharePercent(100_000, 29_999));
        Assert.Equal(NewEnergyTargetStatus.NoTarget, NewEnergyShare.Judge(1, 1, null));
        Assert.Equal(NewEnergyTargetStatus.NoPurchases, NewEnergyShare.Judge(0, 0, 3000));
    }

    [Fact]
    public void A_target_is_a_percent_with_two_decimals()
    {
        Assert.Equal(3001, NewEnergyShare.ToBasisPoints(30.01m));
        Assert.Null(NewEnergyShare.ToBasisPoints(30.001m));
        Assert.Null(NewEnergyShare.ToBasisPoints(100.01m));
        Assert.Null(NewEnergyShare.ToBasisPoints(-1m));
    }

    [Fact]
    public void Age_and_mileage_both_when_the_rule_says_so()
    {
        var both = new RenewalRuleValue(8, 250_000, RenewalCondition.AgeAndMileage);
        var bought = new DateOnly(2018, 3, 1);
        Assert.False(both.IsEligible(bought, 249_999, new DateOnly(2026, 3, 1)));
        Assert.False(both.IsEligible(bought, 250_000, new DateOnly(2026, 2, 28)));
        Assert.True(both.IsEligible(bought, 250_000, new DateOnly(2026, 3, 1)));
        Assert.Equal(RenewalCondition.AgeOrMileage, RuleJson.Read<RenewalRuleValue>("""{"minAgeYears":8,"minMileageKm":250000}""").Condition);
    }
}
