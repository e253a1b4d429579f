// Copied by build.ps1 -Target Clients beside the generated NSwag client (OrganAffairsClient.cs), which it does not
// change: it fills in the client's documented extension point, the partial method UpdateJsonSerializerSettings.
//
// Why: the contract's optional members are not nullable (e.g. CreateOrganRequest.isBureau: boolean, optional), and
// the Host answers 400 request.malformed to "isBureau": null. NSwag, with generateOptionalPropertiesAsNullable,
// types such a member bool? and by default writes the unset value as null. Leaving nulls out on write sends what the
// contract describes (the member absent); every integrator using NSwag with System.Text.Json needs the same line.
namespace OrganAffairs.Clients.NSwag;

public partial class OrganAffairsClient
{
    static partial void UpdateJsonSerializerSettings(System.Text.Json.JsonSerializerOptions settings) =>
        settings.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
}
