namespace OrganAffairs.Contracts.Reception;

/// <summary>
/// Registers an official letter (公函) from the sending unit: no letter, no reception, and one letter funds one
/// reception (一函一事).
/// </summary>
/// <param name="OrganId">The hosting organ the letter is addressed to; it sees the letter and may receive on it.</param>
/// <param name="SenderName" example="某省发展和改革委员会">The sending organ or outside unit, at most 200 characters.</param>
/// <param name="SenderCreditCode" example="11320100MB0000000J">The sender's unified social credit code (18 characters, GB 32100 check), when known.</param>
/// <param name="LetterNumber" example="某发改函〔2026〕12号">The letter's number, at most 100 characters.</param>
/// <param name="LetterDate" example="2026-03-02">The letter's date (yyyy-MM-dd).</param>
/// <param name="Purpose" example="调研重点项目建设">What the visit is for, at most 500 characters.</param>
/// <param name="Itinerary" example="3月10日上午座谈，下午实地调研">The itinerary, at most 2000 characters, or null.</param>
/// <param name="Guests">The guests the letter names (1–200): unit, name, post and rank.</param>
public sealed record CreateLetterRequest(
    Guid OrganId, string SenderName, string? SenderCreditCode, string LetterNumber, DateOnly LetterDate, string Purpose, string? Itinerary,
    IReadOnlyList<GuestRequest> Guests);

/// <summary>A guest named in a letter.</summary>
/// <param name="Unit" example="某省发展和改革委员会">The guest's unit, at most 200 characters.</param>
/// <param name="Name" example="李明">Name, at most 100 characters.</param>
/// <param name="Post" example="副主任">Post (职务), at most 100 characters.</param>
/// <param name="Rank" example="DepartmentBureau">Administrative rank: picks the meal standard and whether a suite is allowed.</param>
public sealed record GuestRequest(string Unit, string Name, string Post, GuestRank Rank);

/// <summary>A guest named in a letter, with its id.</summary>
public sealed record GuestResponse(Guid Id, string Unit, string Name, string Post, GuestRank Rank);

/// <summary>An official letter (公函) and its guests.</summary>
/// <param name="ReceptionId">The reception this letter funds, or null while none uses it.</param>
public sealed record LetterResponse(
    Guid Id, Guid OrganId, string SenderName, string? SenderCreditCode, string LetterNumber, DateOnly LetterDate, string Purpose, string? Itinerary,
    IReadOnlyList<GuestResponse> Guests, Guid? ReceptionId, DateTimeOffset CreatedAt);
