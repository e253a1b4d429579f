using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Guidance.Data;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Guidance.Support;

/// <summary>The filters of the violations list and dashboard as sent.</summary>
internal sealed record ViolationQuery(ViolationState? State, Duty? Duty, string? Kind, Guid? OrganId, Guid? BureauId, JurisdictionLevel? Level);

/// <summary>
/// Turns ?bureauId=&amp;level= into the filter's organ set: a bureau's 本级 (organs with exactly its division code) or its
/// whole jurisdiction (DESIGN "Lower-level bureaus and jurisdiction"). A bureau the caller cannot see, or an organ that is
/// not a bureau, is the 400 of a reference that does not resolve. The caller's own scope still applies on top.
/// </summary>
internal sealed class BureauSelection(OrganScope scope, OrganDirectory directory, BureauOrgan topBureau)
{
    public async Task<ViolationFilter> FilterAsync(ViolationQuery q, CancellationToken ct)
    {
        var filter = new ViolationFilter(q.State?.ToString(), q.Duty?.ToString(), string.IsNullOrWhiteSpace(q.Kind) ? null : q.Kind.Trim(), q.OrganId, null, null);
        if (q.BureauId is not { } bureau)
        {
            return q.Level is null ? filter : throw ProblemException.ForField(GuidanceErrors.LevelWithoutBureau, "level");
        }
        var pattern = await scope.CanSeeAsync(bureau, ct) ? await scope.JurisdictionPatternOfAsync(bureau, ct) : null;
        if (pattern is null)
        {
            throw ProblemException.ForField(GuidanceErrors.BureauRefNotFound, "bureauId");
        }
        if (q.Level == JurisdictionLevel.Own)
        {
            var code = topBureau.Is(bureau) ? await directory.DivisionCodeAsync(bureau, ct) : await directory.BureauDivisionCodeAsync(bureau, ct);
            return filter with { OwnDivisionCode = code ?? throw ProblemException.ForField(GuidanceErrors.BureauRefNotFound, "bureauId") };
        }
        return filter with { JurisdictionPattern = pattern };
    }
}
