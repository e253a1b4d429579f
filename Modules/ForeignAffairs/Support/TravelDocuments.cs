using Microsoft.AspNetCore.DataProtection;
using OrganAffairs.ForeignAffairs.Domain;

namespace OrganAffairs.ForeignAffairs.Support;

/// <summary>
/// Sensitive personal information at rest (个人信息保护法, docs/adr/0037 and 0070): travel document numbers and dates of birth, protected with
/// ASP.NET Core Data Protection (authenticated encryption, keys rotated by the key ring, old keys kept to read older values), under purposes of
/// this module. The key ring is the one <c>ForeignAffairs:PersonalData:KeyDirectory</c> names, or the Host's. Dates of birth use a child
/// purpose of the same protector: the same key ring, but a protected number cannot be read as a date or the other way round.
/// </summary>
internal sealed class TravelDocuments(IDataProtector protector)
{
    public const string Purpose = "OrganAffairs.ForeignAffairs.TravelDocumentNumber.v1";
    public const string DateOfBirthPurpose = "DateOfBirth.v1";

    private readonly IDataProtector _dates = protector.CreateProtector(DateOfBirthPurpose);

    public string Protect(string number) => protector.Protect(number);

    public string Unprotect(string stored) => protector.Unprotect(stored);

    /// <summary>The number as the caller may see it: in clear only with the personal-data scope.</summary>
    public (string Number, bool Masked) Show(string stored, bool unmasked)
    {
        var number = Unprotect(stored);
        return unmasked ? (number, false) : (DocumentNumbers.Mask(number), true);
    }

    public string ProtectDateOfBirth(DateOnly date) => _dates.Protect(DatesOfBirth.Format(date));

    /// <summary>The date of birth as the caller may see it (null when none is recorded): in clear only with the personal-data scope.</summary>
    public (string? Date, bool Masked) ShowDateOfBirth(string? stored, bool unmasked)
    {
        if (stored is null)
        {
            return (null, false);
        }
        var date = DatesOfBirth.Parse(_dates.Unprotect(stored));
        return unmasked ? (DatesOfBirth.Format(date), false) : (DatesOfBirth.Mask(date), true);
    }
}
