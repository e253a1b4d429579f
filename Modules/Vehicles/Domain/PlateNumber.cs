using OrganAffairs.Contracts.Vehicles;

namespace OrganAffairs.Vehicles.Domain;

/// <summary>
/// Checks a plate number against the plate rule in force (its character sets and lengths are rule
/// data): ordinary = province + letter + 5 letters/digits; new-energy = province + letter + 6, where a
/// small vehicle's serial starts with a new-energy letter (then a letter or digit, then four digits) and
/// a large vehicle's has it in the 6th position.
/// </summary>
internal static class PlateNumber
{
    public enum Verdict { Valid, Invalid, EnergyMismatch }

    public static Verdict Check(string plate, EnergyType energy, BodyType body, PlateRuleValue rule)
    {
        if (plate.Length < 2 || !rule.Provinces.Contains(plate[0]) || !rule.Letters.Contains(plate[1]))
        {
            return Verdict.Invalid;
        }
        var serial = plate[2..];
        bool IsSerialChar(char c) => char.IsAsciiDigit(c) || rule.Letters.Contains(c);
        if (plate.Length == rule.OrdinaryLength)
        {
            return serial.All(IsSerialChar) ? Verdict.Valid : Verdict.Invalid;
        }
        if (plate.Length != rule.NewEnergyLength || !serial.All(IsSerialChar))
        {
            return Verdict.Invalid;
        }
        var nevLetters = rule.BatteryElectricLetters + rule.OtherNewEnergyLetters;
        var large = body is BodyType.LargeBus;
        char marker;
        if (large)
        {
            // Large: digits, then the new-energy letter in the 6th serial position.
            if (serial.Length < 6 || !serial[..5].All(char.IsAsciiDigit) || !nevLetters.Contains(serial[5]))
            {
                return Verdict.Invalid;
            }
            marker = serial[5];
        }
        else
        {
            // Small: the serial starts with the new-energy letter, the next is a letter or digit, and the
            // last four are digits (GA 36-2018, issue 17 V9).
            if (!nevLetters.Contains(serial[0]) || !serial[2..].All(char.IsAsciiDigit))
            {
                return Verdict.Invalid;
            }
            marker = serial[0];
        }
        var batteryElectric = rule.BatteryElectricLetters.Contains(marker);
        return energy switch
        {
            EnergyType.BatteryElectric when batteryElectric => Verdict.Valid,
            EnergyType.PlugInHybrid or EnergyType.FuelCell when !batteryElectric => Verdict.Valid,
            _ => Verdict.EnergyMismatch,
        };
    }

    /// <summary>The special series whose suffix ends the plate, if any (the longest suffix wins).</summary>
    public static (string Code, SpecialPlateValue Value)? SpecialSeriesOf(string plate, IEnumerable<(string Code, SpecialPlateValue Value)> series) =>
        series.Where(s => s.Value.Suffix.Length > 0 && plate.EndsWith(s.Value.Suffix, StringComparison.Ordinal))
            .OrderByDescending(s => s.Value.Suffix.Length).Cast<(string, SpecialPlateValue)?>().FirstOrDefault();

    /// <summary>A special plate's shape: province + letter + the series' serial (digits or plate letters) + its suffix (V9).</summary>
    public static bool HasSpecialShape(string plate, SpecialPlateValue series, PlateRuleValue rule) =>
        plate.Length == 2 + series.SerialLength + series.Suffix.Length
        && rule.Provinces.Contains(plate[0]) && rule.Letters.Contains(plate[1])
        && plate.Substring(2, series.SerialLength).All(c => char.IsAsciiDigit(c) || rule.Letters.Contains(c));

    /// <summary>Whether the organ and category carry the series (both listed in its rule data).</summary>
    public static bool Carries(SpecialPlateValue series, Guid organId, VehicleCategory category) =>
        series.OrganIds.Contains(organId) && series.Categories.Contains(category);
}
