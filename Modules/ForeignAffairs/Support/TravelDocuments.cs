using Microsoft.AspNetCore.DataProtection;
using OrganAffairs.ForeignAffairs.Domain;

namespace OrganAffairs.ForeignAffairs.Support;

/// <summary>
/// Travel document numbers at rest (个人信息保护法: sensitive personal information, docs/adr/0037): protected with ASP.NET Core
/// Data Protection (authenticated encryption, keys rotated by the key ring, old keys kept to read older numbers), under a
/// purpose of this module. The key ring is the one <c>ForeignAffairs:PersonalData:KeyDirectory</c> names, or the Host's.
/// </summary>
internal sealed class TravelDocuments(IDataProtector protector)
{
    public const string Purpose = "OrganAffairs.ForeignAffairs.TravelDocumentNumber.v1";

    public string Protect(string number) => protector.Protect(number);

    public string Unprotect(string stored) => protector.Unprotect(stored);

    /// <summary>The number as the caller may see it: in clear only with the personal-data scope.</summary>
    public (string Number, bool Masked) Show(string stored, bool unmasked)
    {
        var number = Unprotect(stored);
        return unmasked ? (number, false) : (DocumentNumbers.Mask(number), true);
    }
}
