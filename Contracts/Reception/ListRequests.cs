namespace OrganAffairs.Contracts.Reception;

/// <summary>A person on the reception list.</summary>
/// <param name="Unit" example="某省发展和改革委员会">Unit, at most 200 characters.</param>
/// <param name="Name" example="李明">Name, at most 100 characters.</param>
/// <param name="Post" example="副主任">Post, at most 100 characters.</param>
public sealed record ListPersonRequest(string Unit, string Name, string Post);

/// <summary>
/// Generates and signs a new version of the reception list (接待清单, R5, R5b): the guests actually received, the
/// accompanying and the support staff; the activity, time, place and cost come from the reception and its actuals.
/// </summary>
/// <param name="StaffMemberId">The responsible person who signs (an active staff member the caller may see).</param>
/// <param name="Guests">The guests received (1–200); each is checked against the letter, and one not on it is flagged.</param>
/// <param name="AccompanyingStaff">The host's accompanying staff (陪同人员), 0–100.</param>
/// <param name="SupportStaff">The support staff (工作人员), 0–100.</param>
public sealed record SignListRequest(
    Guid StaffMemberId, IReadOnlyList<ListPersonRequest> Guests, IReadOnlyList<ListPersonRequest> AccompanyingStaff, IReadOnlyList<ListPersonRequest> SupportStaff);

/// <summary>A guest on the list; <c>OnLetter</c> is false for a guest the letter does not name (same unit and name).</summary>
public sealed record ListGuestResponse(string Unit, string Name, string Post, bool OnLetter);

/// <summary>A member of the host's staff on the list.</summary>
public sealed record ListStaffResponse(string Unit, string Name, string Post);

/// <summary>A signed, frozen version of a reception list; a change is a new signed version and every version is kept.</summary>
/// <param name="Version">1 for the first signed list, then 2, 3 …</param>
/// <param name="Cost">The reception's actual spending in CNY when the list was signed.</param>
/// <param name="GuestsNotOnLetter">How many guests the letter does not name.</param>
public sealed record ReceptionListResponse(
    Guid Id, Guid ReceptionId, int Version, string Title, IReadOnlyList<ReceptionActivity> Activities, DateOnly StartsOn, DateOnly EndsOn, string Place,
    IReadOnlyList<ListGuestResponse> Guests, IReadOnlyList<ListStaffResponse> AccompanyingStaff, IReadOnlyList<ListStaffResponse> SupportStaff,
    decimal Cost, int GuestsNotOnLetter, Guid SignedBy, DateTimeOffset SignedAt);

/// <summary>
/// The reimbursement pack (报销材料): the reception with its approval, the letter, the latest signed list and the cost
/// lines with their payment references; <c>Missing</c> names what keeps it from being complete.
/// </summary>
/// <param name="Missing">Codes of what is missing: letter, approval, signed-list, cost-lines, receipt-references, approved-explanations.</param>
public sealed record ReimbursementPackResponse(
    ReceptionResponse Reception, LetterResponse? Letter, ReceptionListResponse? List, IReadOnlyList<CostLineResponse> Costs, bool Complete,
    IReadOnlyList<string> Missing);
