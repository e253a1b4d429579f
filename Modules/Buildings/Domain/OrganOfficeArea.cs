using OrganAffairs.Contracts.Buildings;

namespace OrganAffairs.Buildings.Domain;

/// <summary>Organ-level over-standard (超标): the office area allocated to an organ against its approved office area (核定面积).</summary>
internal static class OrganOfficeArea
{
    /// <summary>
    /// One organ on a date, from the rooms it holds that day (type and usable area in hundredths of m²)
    /// and the approved office area in force, if any. Only Office rooms count against the approved area.
    /// </summary>
    public static OrganAreaSummary Summarise(Guid organId, DateOnly on, long? approvedCenti, string? approvalReference, IReadOnlyList<(RoomType Type, long AreaCenti)> rooms)
    {
        var byType = rooms.GroupBy(r => r.Type).OrderBy(g => g.Key)
            .Select(g => new AreaByType(g.Key, Area.FromCenti(g.Sum(r => r.AreaCenti)), g.Count())).ToList();
        var officeCenti = rooms.Where(r => r.Type == RoomType.Office).Sum(r => r.AreaCenti);
        var overCenti = ExcessCenti(officeCenti, approvedCenti);
        return new OrganAreaSummary(organId, on, approvedCenti is { } approved ? Area.FromCenti(approved) : null, approvalReference,
            Area.FromCenti(officeCenti), Area.FromCenti(overCenti), overCenti > 0, byType);
    }

    /// <summary>Allocated office area above the approved area, in hundredths of m²; none while no approved area is in force.</summary>
    public static long ExcessCenti(long officeCenti, long? approvedCenti) => approvedCenti is { } approved ? Math.Max(0, officeCenti - approved) : 0;
}
