using OrganAffairs.Contracts.Organs;

namespace OrganAffairs.Contracts.Buildings;

/// <summary>One organ in the area summary report: approved against allocated area by room type.</summary>
public sealed record OrganAreaReportRow(
    Guid OrganId, string OrganName, DateOnly On, decimal? ApprovedOfficeArea, decimal OfficeArea, decimal ServiceArea, decimal EquipmentArea,
    decimal AncillaryArea, decimal OverBy, bool OverStandard);

/// <summary>One room in an organ's annual publication (公示) of room use, with its occupants.</summary>
/// <param name="OtherUses">The room's rents (出租), loans (出借) and uses by other units during the year, each with who, when and the approval; empty when none.</param>
public sealed record PublicationRow(
    Guid OrganId, string OrganName, string BuildingCode, string BuildingName, string RoomNumber, RoomType Type, decimal UsableArea,
    string AgreementNumber, string CertificateNumber, string Occupants, string OtherUses);

/// <summary>One leader's office in the annual filing (备案).</summary>
public sealed record LeaderOfficeRow(
    Guid StaffMemberId, string StaffName, Guid OrganId, string OrganName, AdministrativeLevel Level, string RankCode, string BuildingCode, string RoomNumber,
    bool IsSecondOffice, int Occupants, decimal OccupiedArea, decimal? EntitledArea, bool OverStandard);

/// <summary>Why a room counts as vacant: not allocated, or an allocated office with nobody in it.</summary>
public enum Vacancy
{
    Unallocated = 1,
    Unoccupied = 2,
}

/// <summary>A vacant room on a date.</summary>
public sealed record VacantRoomRow(Guid RoomId, string BuildingCode, string BuildingName, string RoomNumber, RoomType Type, decimal UsableArea, Vacancy Vacancy, Guid? OrganId);
