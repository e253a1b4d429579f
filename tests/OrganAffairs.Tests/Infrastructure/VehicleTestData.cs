namespace OrganAffairs.Tests.Infrastructure;

/// <summary>Valid, unique plates and VINs for the Vehicles tests.</summary>
public static class VehicleTestData
{
    private const string VinAlphabet = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    private static int _sequence = Random.Shared.Next(100_000);

    /// <summary>An ordinary plate, unique within the run (苏 + letter + 5 digits).</summary>
    public static string Plate()
    {
        var n = Interlocked.Increment(ref _sequence);
        return $"苏{"ABCDEFGHJKLMN"[n / 100_000 % 13]}{n % 100_000:D5}";
    }

    /// <summary>A small new-energy plate: D for battery-electric, F for other new energy.</summary>
    public static string NewEnergyPlate(char marker = 'D')
    {
        var n = Interlocked.Increment(ref _sequence);
        return $"苏{"ABCDEFGHJKLMN"[n / 100_000 % 13]}{marker}{n % 100_000:D5}";
    }

    /// <summary>A random VIN with a correct check digit.</summary>
    public static string Vin()
    {
        var chars = Enumerable.Range(0, 17).Select(_ => VinAlphabet[Random.Shared.Next(VinAlphabet.Length)]).ToArray();
        chars[8] = '0';
        chars[8] = OrganAffairs.Vehicles.Domain.Vin.CheckCharacter(new string(chars));
        return new string(chars);
    }

    public static object Vehicle(Guid organId, string category = "EmergencySupport", decimal price = 150_000m, decimal? litres = 1.5m,
        string energy = "Gasoline", string body = "Sedan", int seats = 5, string? plate = null, string? vin = null,
        Guid? leaderId = null, string? approval = null, string purchasedOn = "2026-03-01", int odometer = 10, string origin = "DomesticBrand") => new
    {
        organId,
        plate = plate ?? Plate(),
        vin = vin ?? Vin(),
        brand = "红旗",
        model = "H5",
        origin,
        energyType = energy,
        bodyType = body,
        category,
        seats,
        engineDisplacementLitres = litres,
        purchasePrice = price,
        purchasedOn,
        odometerKm = odometer,
        assignedLeaderId = leaderId,
        approvalReference = approval,
    };
}
