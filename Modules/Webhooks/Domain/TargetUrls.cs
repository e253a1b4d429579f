using System.Net;

namespace OrganAffairs.Webhooks.Domain;

internal enum TargetUrlProblem
{
    None,
    NotAbsolute,
    Scheme,
    UserInfo,
    Fragment,
    Address,
}

/// <summary>The rules a subscription's target URL meets when it is written (its resolved addresses are checked again at every attempt).</summary>
internal static class TargetUrls
{
    public const int MaxLength = 500;

    public static TargetUrlProblem Check(string? text, bool allowHttp, bool allowLoopback, bool allowPrivate)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength || !Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return TargetUrlProblem.NotAbsolute;
        }
        if (!(uri.Scheme == Uri.UriSchemeHttps || (allowHttp && uri.Scheme == Uri.UriSchemeHttp)))
        {
            return TargetUrlProblem.Scheme;
        }
        if (uri.UserInfo.Length > 0)
        {
            return TargetUrlProblem.UserInfo;
        }
        if (uri.Fragment.Length > 0)
        {
            return TargetUrlProblem.Fragment;
        }
        // A literal address is checked now; a name is checked on every attempt, after it is resolved.
        var host = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host.Trim('[', ']') : uri.Host;
        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 && IPAddress.TryParse(host, out var address)
            && !TargetAddresses.Allows(address, allowLoopback, allowPrivate))
        {
            return TargetUrlProblem.Address;
        }
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) && !allowLoopback)
        {
            return TargetUrlProblem.Address;
        }
        return TargetUrlProblem.None;
    }
}
