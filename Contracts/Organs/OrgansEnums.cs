namespace OrganAffairs.Contracts.Organs;

/// <summary>行政级别 — the administrative level of an organ.</summary>
public enum AdministrativeLevel
{
    Central = 1,
    Provincial = 2,
    Municipal = 3,
    County = 4,
    Township = 5,
}

/// <summary>机关类型 — the kind of organ.</summary>
public enum OrganType
{
    PartyCommittee = 1,
    PeoplesCongress = 2,
    GovernmentDepartment = 3,
    Cppcc = 4,
    SupervisoryCommission = 5,
    Court = 6,
    Procuratorate = 7,
    MassOrganisation = 8,
    PublicInstitution = 9,
}

/// <summary>机关状态: active, or dissolved (撤销). Organs are never deleted.</summary>
public enum OrganStatus
{
    Active = 1,
    Dissolved = 2,
}

/// <summary>人员状态: active, transferred out (调出) or retired (退休).</summary>
public enum StaffStatus
{
    Active = 1,
    Transferred = 2,
    Retired = 3,
}
