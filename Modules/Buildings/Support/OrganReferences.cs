using MediatR;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Buildings.Support;

/// <summary>Organs referenced by this module, through the Organs module's Contracts query.</summary>
internal static class OrganReferences
{
    /// <summary>An active organ the caller may see: 400 on the field when missing or not visible, 409 when dissolved.</summary>
    public static async Task<OrganSummary> ActiveAsync(IMediator mediator, Guid organId, string field, CancellationToken ct)
    {
        return await Shared.References.OrganReferences.ActiveAsync(mediator, organId, field, BuildingsErrors.OrganRef, ct);
    }
}
