using System.Text;

namespace OrganAffairs.Shared.Errors;

/// <summary>Turns FluentValidation property paths ("Body.Headcount[0].RankCode") into the JSON paths clients sent ("headcount[0].rankCode").</summary>
public static class FieldNames
{
    public static string ToJsonPath(string propertyPath)
    {
        var path = propertyPath.StartsWith("Body.", StringComparison.Ordinal) ? propertyPath[5..] : propertyPath;
        var sb = new StringBuilder(path.Length);
        var startOfSegment = true;
        foreach (var c in path)
        {
            sb.Append(startOfSegment ? char.ToLowerInvariant(c) : c);
            startOfSegment = c == '.';
        }
        return sb.ToString();
    }
}
