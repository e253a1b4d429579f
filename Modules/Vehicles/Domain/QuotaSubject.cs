using System.Security.Cryptography;
using System.Text;
using OrganAffairs.Contracts.Vehicles;

namespace OrganAffairs.Vehicles.Domain;

/// <summary>
/// The id of an organ's quota of one category (车辆编制), the same every time the bureau sets it: the row id in
/// vehicles_quota and the subject of an over-quota violation (V6). A name-based GUID (RFC 9562 version 5 layout)
/// of the organ and the category, so a quota replaced as a whole keeps its identity.
/// </summary>
internal static class QuotaSubject
{
    private static readonly Guid Namespace = new("6f2d3a8e-5b1c-4e0a-9d7f-2c4b8a1e0f35");

    public static Guid Of(Guid organId, VehicleCategory category)
    {
        var name = Encoding.UTF8.GetBytes($"vehicles_quota|{organId:D}|{category}");
        var input = Namespace.ToByteArray(bigEndian: true).Concat(name).ToArray();
        var hash = SHA1.HashData(input).AsSpan(0, 16).ToArray();
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true);
    }
}
