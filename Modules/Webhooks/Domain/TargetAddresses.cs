using System.Net;
using System.Net.Sockets;

namespace OrganAffairs.Webhooks.Domain;

/// <summary>What kind of network an address belongs to, for the SSRF guard (docs/adr/0110).</summary>
internal enum AddressKind
{
    Public,
    Loopback,
    /// <summary>RFC 1918, carrier-grade NAT (100.64/10) and IPv6 unique local (fc00::/7).</summary>
    Private,
    /// <summary>169.254/16 (cloud metadata lives here) and fe80::/10.</summary>
    LinkLocal,
    /// <summary>Unspecified, multicast, broadcast, documentation and other addresses no receiver has.</summary>
    Reserved,
}

/// <summary>Classifies the addresses a target resolves to; a delivery connects only to an address the configuration allows.</summary>
internal static class TargetAddresses
{
    public static AddressKind Classify(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address))
        {
            return AddressKind.Loopback;
        }
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return (b[0], b[1]) switch
            {
                (0, _) => AddressKind.Reserved,
                (10, _) => AddressKind.Private,
                (100, >= 64 and <= 127) => AddressKind.Private,
                (169, 254) => AddressKind.LinkLocal,
                (172, >= 16 and <= 31) => AddressKind.Private,
                (192, 168) => AddressKind.Private,
                (192, 0) when b[2] is 0 or 2 => AddressKind.Reserved,
                (198, 18 or 19) => AddressKind.Reserved,
                (198, 51) when b[2] == 100 => AddressKind.Reserved,
                (203, 0) when b[2] == 113 => AddressKind.Reserved,
                ( >= 224, _) => AddressKind.Reserved,
                _ => AddressKind.Public,
            };
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            if (address.Equals(IPAddress.IPv6Any) || address.IsIPv6Multicast)
            {
                return AddressKind.Reserved;
            }
            if (address.IsIPv6LinkLocal)
            {
                return AddressKind.LinkLocal;
            }
            if ((b[0] & 0xFE) == 0xFC || address.IsIPv6SiteLocal)
            {
                return AddressKind.Private;
            }
            if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8)
            {
                return AddressKind.Reserved;
            }
            return AddressKind.Public;
        }
        return AddressKind.Reserved;
    }

    public static bool Allows(IPAddress address, bool allowLoopback, bool allowPrivate) => Classify(address) switch
    {
        AddressKind.Public => true,
        AddressKind.Loopback => allowLoopback,
        AddressKind.Private or AddressKind.LinkLocal => allowPrivate,
        _ => false,
    };
}
