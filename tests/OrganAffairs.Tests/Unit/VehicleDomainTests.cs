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
    public void Plates_follow_the_rule(string plate, EnergyType energy, BodyType body, string expected) =>
        Assert.Equal(expected, PlateNumber.Check(plate, energy, body, Rule).ToString());

    [Fact]
    public void The_letter_set_is_data_a_new_version_can_change() =>
        Assert.Equal(PlateNumber.Verdict.Valid, PlateNumber.Check("苏I12345", EnergyType.Gasoline, BodyType.Sedan, Rule with { Letters = Rule.Letters + "I" }));
}
