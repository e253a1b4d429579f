using OrganAffairs.Buildings;
using OrganAffairs.Buildings.Domain;
using OrganAffairs.Contracts.Buildings;
using Xunit;

namespace OrganAffairs.Tests.Unit;

/// <summary>Second and third offices: which rule a new office breaks, checked in the order the API answers them.</summary>
public sealed class BuildingsOfficeHoldingTests
{
    private static readonly Guid Own = Guid.NewGuid();
    private static readonly Guid Concurrent = Guid.NewGuid();
    private static readonly Guid Elsewhere = Guid.NewGuid();
    private static readonly Guid Room = Guid.NewGuid();
    private static readonly Guid[] Posts = [Concurrent];
    private static readonly OfficeCounts National = new(1, 2);

    private static (Guid RoomId, Guid OrganId) Office(Guid organId) => (Guid.NewGuid(), organId);

    [Fact]
    public void A_first_office_in_the_own_organ_is_allowed() =>
        Assert.Null(OfficeHolding.Refusal(Room, Own, Own, Posts, [], National));

    [Fact]
    public void A_first_office_in_another_organ_is_refused_even_with_a_concurrent_post_there() =>
        Assert.Equal(BuildingsErrors.RoomNotAllocatedToOrgan, OfficeHolding.Refusal(Room, Concurrent, Own, Posts, [], National));

    [Fact]
    public void A_second_office_in_the_organ_of_a_concurrent_post_is_allowed() =>
        Assert.Null(OfficeHolding.Refusal(Room, Concurrent, Own, Posts, [Office(Own)], National));

    [Fact]
    public void A_second_office_in_the_own_organ_is_refused() =>
        Assert.Equal(BuildingsErrors.SecondOfficeNeedsConcurrentPost, OfficeHolding.Refusal(Room, Own, Own, Posts, [Office(Own)], National));

    [Fact]
    public void A_second_office_in_the_organ_of_the_first_is_refused() =>
        Assert.Equal(BuildingsErrors.SecondOfficeNeedsConcurrentPost, OfficeHolding.Refusal(Room, Concurrent, Own, Posts, [Office(Concurrent)], National));

    [Fact]
    public void A_second_office_in_an_organ_without_a_concurrent_post_is_refused() =>
        Assert.Equal(BuildingsErrors.SecondOfficeNeedsConcurrentPost, OfficeHolding.Refusal(Room, Elsewhere, Own, Posts, [Office(Own)], National));

    [Fact]
    public void A_third_office_is_refused_whatever_the_organ() =>
        Assert.Equal(BuildingsErrors.ThirdOffice, OfficeHolding.Refusal(Room, Concurrent, Own, Posts, [Office(Own), Office(Elsewhere)], National));

    [Fact]
    public void A_local_rule_of_one_office_in_all_refuses_any_second_office() =>
        Assert.Equal(BuildingsErrors.ThirdOffice, OfficeHolding.Refusal(Room, Concurrent, Own, Posts, [Office(Own)], new OfficeCounts(1, 1)));

    [Fact]
    public void The_same_room_again_is_already_assigned_before_any_count() =>
        Assert.Equal(BuildingsErrors.AlreadyAssigned, OfficeHolding.Refusal(Room, Own, Own, Posts, [(Room, Own), Office(Concurrent)], National));
}

/// <summary>Organ-level over-standard: allocated office area against the approved office area.</summary>
public sealed class BuildingsOrganOfficeAreaTests
{
    private static readonly Guid Organ = Guid.NewGuid();
    private static readonly DateOnly On = new(2025, 6, 30);

    [Fact]
    public void Office_area_equal_to_the_approved_area_is_within()
    {
        var summary = OrganOfficeArea.Summarise(Organ, On, 24_00, "核定〔2025〕1号", [(RoomType.Office, 12_00), (RoomType.Office, 12_00)]);
        Assert.False(summary.OverStandard);
        Assert.Equal(0.00m, summary.OverBy);
        Assert.Equal(24.00m, summary.ApprovedOfficeArea);
        Assert.Equal(24.00m, summary.AllocatedOfficeArea);
        Assert.Equal("核定〔2025〕1号", summary.ApprovalReference);
    }

    [Fact]
    public void One_hundredth_of_a_square_metre_above_is_over_by_that_much()
    {
        var summary = OrganOfficeArea.Summarise(Organ, On, 24_00, "ref", [(RoomType.Office, 24_01)]);
        Assert.True(summary.OverStandard);
        Assert.Equal(0.01m, summary.OverBy);
    }

    [Fact]
    public void Only_office_rooms_count_against_the_approved_area()
    {
        var summary = OrganOfficeArea.Summarise(Organ, On, 24_00, "ref", [(RoomType.Office, 24_00), (RoomType.Service, 500_00), (RoomType.Ancillary, 10_00)]);
        Assert.False(summary.OverStandard);
        Assert.Equal(
            new[] { new AreaByType(RoomType.Office, 24.00m, 1), new AreaByType(RoomType.Service, 500.00m, 1), new AreaByType(RoomType.Ancillary, 10.00m, 1) },
            summary.AllocatedByType);
    }

    [Fact]
    public void Without_an_approved_area_nothing_is_over()
    {
        var summary = OrganOfficeArea.Summarise(Organ, On, null, null, [(RoomType.Office, 1_000_00)]);
        Assert.False(summary.OverStandard);
        Assert.Null(summary.ApprovedOfficeArea);
        Assert.Equal(0.00m, summary.OverBy);
    }

    [Fact]
    public void Areas_by_type_are_summed_counted_and_ordered_by_type()
    {
        var summary = OrganOfficeArea.Summarise(Organ, On, null, null, [(RoomType.Equipment, 5_50), (RoomType.Office, 20_25), (RoomType.Equipment, 4_50)]);
        Assert.Equal(new[] { new AreaByType(RoomType.Office, 20.25m, 1), new AreaByType(RoomType.Equipment, 10.00m, 2) }, summary.AllocatedByType);
    }

    [Theory]
    [InlineData(24_00, 24_00, 0)]
    [InlineData(24_01, 24_00, 1)]
    [InlineData(23_99, 24_00, 0)]
    public void The_excess_is_never_negative(long office, long approved, long excess) =>
        Assert.Equal(excess, OrganOfficeArea.ExcessCenti(office, approved));
}

/// <summary>Per-person over-standard: a shared office's share against the entitlement.</summary>
public sealed class BuildingsOfficeShareTests
{
    [Theory]
    [InlineData("24.00", false)]
    [InlineData("24.01", true)]
    public void A_first_office_is_over_only_above_the_entitlement(string occupied, bool over) =>
        Assert.Equal(over, OfficeShare.IsOver(decimal.Parse(occupied, System.Globalization.CultureInfo.InvariantCulture), 24m, secondOffice: false));

    [Theory]
    [InlineData("23.99", false)]
    [InlineData("24.00", true)]
    public void A_second_office_must_be_smaller_than_the_entitlement(string occupied, bool over) =>
        Assert.Equal(over, OfficeShare.IsOver(decimal.Parse(occupied, System.Globalization.CultureInfo.InvariantCulture), 24m, secondOffice: true));

    [Fact]
    public void A_shared_office_is_split_equally_and_an_empty_one_counts_as_one_person()
    {
        Assert.Equal(12.00m, OfficeShare.PerPerson(36_00, 3));
        Assert.Equal(36.00m, OfficeShare.PerPerson(36_00, 0));
        Assert.Equal(33.33m, OfficeShare.Display(OfficeShare.PerPerson(100_00, 3)));
    }

    [Theory]
    [InlineData(24_01, 1, "24.01")]
    [InlineData(24_00, 1, "24.00")]
    [InlineData(8_00, 3, "2.67")]
    public void A_share_is_shown_with_the_two_decimals_areas_are_entered_in(long roomAreaCenti, int occupants, string shown) =>
        // The text, not the value: 24.0100 equals 24.01 but is not what the bureau entered (issue 17, item 12).
        Assert.Equal(shown, OfficeShare.Display(OfficeShare.PerPerson(roomAreaCenti, occupants)).ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>The as-of date of the annual publication and filing.</summary>
public sealed class BuildingsReportYearTests
{
    [Fact]
    public void A_past_year_is_drawn_up_on_31_December() =>
        Assert.Equal(new DateOnly(2024, 12, 31), ReportYear.AsOf(2024, new DateOnly(2025, 1, 1)));

    [Fact]
    public void On_31_December_itself_the_year_ends_today() =>
        Assert.Equal(new DateOnly(2024, 12, 31), ReportYear.AsOf(2024, new DateOnly(2024, 12, 31)));

    [Fact]
    public void A_running_year_is_drawn_up_today() =>
        Assert.Equal(new DateOnly(2025, 6, 30), ReportYear.AsOf(2025, new DateOnly(2025, 6, 30)));

    [Fact]
    public void A_future_year_is_drawn_up_today() =>
        Assert.Equal(new DateOnly(2025, 6, 30), ReportYear.AsOf(2026, new DateOnly(2025, 6, 30)));
}

/// <summary>Booking windows: half-open, at most 24 hours, whole minutes.</summary>
public sealed class BuildingsBookingWindowTests
{
    private static readonly DateTimeOffset Nine = new(2025, 6, 30, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Touching_windows_do_not_overlap_and_one_minute_more_does()
    {
        var window = new Window(Nine, Nine.AddHours(1));
        Assert.False(window.Overlaps(Nine.AddHours(1), Nine.AddHours(2)));
        Assert.True(window.Overlaps(Nine.AddMinutes(59), Nine.AddHours(2)));
        Assert.False(window.Overlaps(Nine.AddHours(-1), Nine));
    }

    [Fact]
    public void A_window_of_24_hours_is_valid_and_one_minute_longer_is_not()
    {
        Assert.True(Window.IsValid(Nine, Nine.AddHours(24)));
        Assert.False(Window.IsValid(Nine, Nine.AddHours(24).AddMinutes(1)));
    }

    [Fact]
    public void An_empty_or_backwards_or_part_minute_window_is_invalid()
    {
        Assert.False(Window.IsValid(Nine, Nine));
        Assert.False(Window.IsValid(Nine, Nine.AddMinutes(-1)));
        Assert.False(Window.IsValid(Nine, Nine.AddMinutes(30).AddSeconds(1)));
        Assert.True(Window.IsValid(Nine, Nine.AddMinutes(1)));
    }
}
