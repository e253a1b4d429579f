using System.Security.Cryptography;

namespace OrganAffairs.Logistics.Domain;

/// <summary>
/// The reproducible sample of a survey: a work order is drawn when the first four bytes of SHA-256(survey id ‖ order id), read as
/// an unsigned number, fall in the lowest <c>percent</c> hundredths — the same orders on every read, every Host and every
/// provider, with no stored draw; about <c>percent</c> % of the orders are drawn.
/// </summary>
internal static class SurveySampling
{
    public static bool Drawn(Guid surveyId, Guid workOrderId, int percent)
    {
        Span<byte> input = stackalloc byte[32];
        surveyId.TryWriteBytes(input[..16]);
        workOrderId.TryWriteBytes(input[16..]);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        var value = ((uint)hash[0] << 24) | ((uint)hash[1] << 16) | ((uint)hash[2] << 8) | hash[3];
        return value % 100 < (uint)percent;
    }

    /// <summary>The mean of the values with two decimals (away from zero), or null without any.</summary>
    public static decimal? Mean(IReadOnlyCollection<int> values) =>
        values.Count == 0 ? null : decimal.Round((decimal)values.Sum() / values.Count, 2, MidpointRounding.AwayFromZero);
}
