using System.Security.Cryptography;
using System.Text;

namespace OrganAffairs.ForeignAffairs.Domain;

/// <summary>
/// The id of a staff member's year of departures (the row approvals lock for the yearly trip limit, F11): a name-based GUID
/// (RFC 9562 version 5 layout) of the staff member and the year, the same in every Host.
/// </summary>
internal static class PersonYear
{
    private static readonly Guid Namespace = new("0b7e4f61-2d9c-4a35-8e1f-6c3a9d5b7e20");

    public static Guid Of(Guid staffMemberId, int year)
    {
        var name = Encoding.UTF8.GetBytes($"foreign_affairs_person_year|{staffMemberId:D}|{year}");
        var input = Namespace.ToByteArray(bigEndian: true).Concat(name).ToArray();
        var hash = SHA1.HashData(input).AsSpan(0, 16).ToArray();
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true);
    }
}
