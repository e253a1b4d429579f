using MediatR;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Shared.References;

/// <summary>
/// One answer for an organ a request refers to, in every module: an organ that does not exist or
/// that the caller may not see is a 400 on the field (the same answer for both, so nothing leaks);
/// a dissolved organ is 409 <c>organs.organ-dissolved</c> — it exists, it just cannot act any more.
/// </summary>
public static class OrganReferences
{
    public static readonly ErrorCode Dissolved = new("organs.organ-dissolved", 409, "机关已撤销。", "The organ is dissolved.");

    /// <summary>The active organ <paramref name="organId"/>, through the Organs module's Contracts query.</summary>
    /// <param name="notFound">The module's own 400 code for a reference that does not resolve.</param>
    public static async Task<OrganSummary> ActiveAsync(IMediator mediator, Guid organId, string field, ErrorCode notFound, CancellationToken ct)
    {
        var organ = await mediator.Send(new GetOrganQuery(organId), ct) ?? throw ProblemException.ForField(notFound, field);
        return organ.Status == OrganStatus.Dissolved ? throw new ProblemException(Dissolved) : organ;
    }
}
