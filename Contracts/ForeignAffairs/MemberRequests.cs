using OrganAffairs.Contracts.Violations;

namespace OrganAffairs.Contracts.ForeignAffairs;

/// <summary>The travel document a member travels on (因公证照), held by the unit between trips.</summary>
public enum TravelDocumentKind
{
    /// <summary>因公护照 (official passport).</summary>
    Passport = 1,

    /// <summary>往来港澳通行证 (permit for Hong Kong and Macao).</summary>
    HongKongMacaoPermit = 2,

    /// <summary>大陆居民往来台湾通行证 (permit for Taiwan).</summary>
    TaiwanPermit = 3,
}

/// <summary>Records a member's travel document; the number is stored encrypted and answered masked.</summary>
/// <param name="Kind" example="Passport">Passport, HongKongMacaoPermit or TaiwanPermit.</param>
/// <param name="Number" example="E12345678">The document number: 5–20 upper-case letters and digits.</param>
/// <param name="DateOfBirth" example="1978-04-21">The holder's date of birth as printed on the document (sensitive personal information: stored encrypted,
/// answered masked); not after today nor before 1900-01-01. Omitted or null keeps the one recorded.</param>
public sealed record SetTravelDocumentRequest(TravelDocumentKind Kind, string Number, DateOnly? DateOfBirth = null);

/// <summary>Records that a member handed the travel document back to the unit (证照交回).</summary>
/// <param name="HandedBackOn" example="2027-03-09">The day it was handed back: not before the return, not after today.</param>
public sealed record HandBackDocumentRequest(DateOnly HandedBackOn);

/// <summary>A member of a delegation as recorded for the visit (one row per person).</summary>
/// <param name="Id">The member record's id (the subject of an overdue-passport violation).</param>
/// <param name="StaffMemberId">The staff member (Organs).</param>
/// <param name="Name" example="张三">The person's name as recorded when the member was added; for members recorded before names were kept, the staff member's current name, or null when the caller cannot see that staff member.</param>
/// <param name="OrganId">The person's own unit (the staff member's organ), which may differ from the sending organ; null when unknown.</param>
/// <param name="Role" example="Leader">Leader, Member or Interpreter.</param>
/// <param name="Post" example="处长">Post as written on the application.</param>
/// <param name="RankCode" example="DivisionPrincipal">The staff member's rank when the member was added; null when unknown.</param>
/// <param name="DocumentKind">The travel document's kind, null until recorded.</param>
/// <param name="DocumentNumber" example="E1****678">The number, masked (first two and last three characters) unless the caller holds foreign-affairs.personal-data; null until recorded.</param>
/// <param name="DocumentNumberMasked">True when <c>documentNumber</c> is masked.</param>
/// <param name="HandBackDueOn">The last day to hand the document back (F10), once the visit has returned.</param>
/// <param name="HandedBackOn">The day it was handed back, or null.</param>
/// <param name="DateOfBirth" example="19**-**-**">The date of birth (yyyy-MM-dd), masked to the first two digits of the year unless the caller holds
/// foreign-affairs.personal-data; null until recorded.</param>
/// <param name="DateOfBirthMasked">True when <c>dateOfBirth</c> is masked.</param>
public sealed record VisitMemberRecord(
    Guid Id, Guid StaffMemberId, string? Name, Guid? OrganId, MemberRole Role, string? Post, string? RankCode,
    TravelDocumentKind? DocumentKind, string? DocumentNumber, bool DocumentNumberMasked, DateOnly? HandBackDueOn, DateOnly? HandedBackOn,
    string? DateOfBirth, bool DateOfBirthMasked);

/// <summary>A travel document not handed back by its due date (F10).</summary>
/// <param name="MemberId">The member record.</param>
/// <param name="VisitId">The visit.</param>
/// <param name="OrganId">The sending organ, the unit that holds its members' documents.</param>
/// <param name="StaffMemberId">The staff member.</param>
/// <param name="Name">The person's name as recorded, or null.</param>
/// <param name="DocumentKind">The document's kind, null when not recorded.</param>
/// <param name="DocumentNumber" example="E1****678">Always masked here, null when not recorded.</param>
/// <param name="ReturnedOn">The delegation's return.</param>
/// <param name="DueOn">The last day to hand the document back.</param>
/// <param name="DaysOverdue" example="3">Days after the due date, as of the list's date.</param>
/// <param name="LocksNewVisits">True when the organ's rules lock new submissions at this many days overdue.</param>
public sealed record OverdueDocumentResponse(
    Guid MemberId, Guid VisitId, Guid OrganId, Guid StaffMemberId, string? Name, TravelDocumentKind? DocumentKind, string? DocumentNumber,
    DateOnly ReturnedOn, DateOnly DueOn, int DaysOverdue, bool LocksNewVisits);

/// <summary>
/// ForeignAffairs' open violations for backfill: travel documents not handed back in time
/// (<c>foreign-affairs.overdue-passport</c>, F10; subject: the member record).
/// </summary>
public sealed record ListOpenForeignAffairsViolations(Guid? After, int PageSize) : ListOpenViolations(After, PageSize);
