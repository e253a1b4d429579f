namespace OrganAffairs.Contracts.ForeignAffairs;

/// <summary>The kind of delegation (团组类型).</summary>
public enum DelegationType
{
    /// <summary>A general delegation: the size, day and country limits apply (F1–F4).</summary>
    General = 1,

    /// <summary>A teaching and research delegation (教学科研): exempt from F1–F4 by need, with a written justification (F7).</summary>
    TeachingResearch = 2,
}

/// <summary>A member's role in the delegation; an interpreter counts towards the size limit.</summary>
public enum MemberRole
{
    Leader = 1,
    Member = 2,
    Interpreter = 3,
}

/// <summary>
/// Where an outbound visit stands: Draft → Submitted → Approved / Rejected → Travelling → Returned →
/// Reported → Closed. A rejected visit may be changed (back to Draft); an approved one whose dates,
/// itinerary or members change goes back to Submitted.
/// </summary>
public enum VisitStatus
{
    Draft = 1,
    Submitted = 2,
    Approved = 3,
    Rejected = 4,
    Travelling = 5,
    Returned = 6,
    Reported = 7,
    Closed = 8,
}
