using MediatR;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Shared.Errors;

namespace OrganAffairs.Logistics.Support;

/// <summary>What a contract's registration and its amendments check alike: the buildings of its scope and its term (L2).</summary>
internal static class ContractScope
{
    /// <summary>
    /// The buildings, distinct, each known to Buildings by its rooms (<see cref="ListRoomsOfBuildingQuery"/>: Buildings exposes no
    /// building query to other modules, and a building without rooms has nothing to serve), else 400 on the field.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> BuildingsAsync(IMediator mediator, IReadOnlyList<Guid>? ids, CancellationToken ct)
    {
        var distinct = (ids ?? []).Distinct().ToList();
        foreach (var id in distinct)
        {
            if ((await mediator.Send(new ListRoomsOfBuildingQuery(id), ct)).Count == 0)
            {
                throw ProblemException.ForField(LogisticsErrors.BuildingRefNotFound, "buildingIds");
            }
        }
        return distinct;
    }

    /// <summary>
    /// The term from <paramref name="startsOn"/> to <paramref name="endsOn"/> under the contract-term rule in force for the division on
    /// the start date: the reason kept (null for a normal term), or 422 when it is too long or needs a reason.
    /// </summary>
    public static async Task<string?> JudgeTermAsync(RuleRepository rules, string divisionCode, DateOnly startsOn, DateOnly endsOn, string? reason, CancellationToken ct)
    {
        var term = (await rules.InForceAsync(RuleKinds.ContractTerm, divisionCode, startsOn, ct)).FirstOrDefault()
            ?? throw new ProblemException(LogisticsErrors.ContractTermTooLong, detail: "no contract-term rule in force (L2)");
        var value = RuleJson.Read<ContractTermValue>(term.Value);
        var kept = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        return ContractTerms.Judge(startsOn, endsOn, value, kept) switch
        {
            TermVerdict.TooLong => throw new ProblemException(LogisticsErrors.ContractTermTooLong,
                detail: $"longest term {value.MaxYears} years: last day {ContractTerms.LastDay(startsOn, value.MaxYears):yyyy-MM-dd} (L2)"),
            TermVerdict.ReasonRequired => throw new ProblemException(LogisticsErrors.ContractTermReasonRequired,
                detail: $"normal term {value.NormalYears} years: last day {ContractTerms.LastDay(startsOn, value.NormalYears):yyyy-MM-dd} (L2)"),
            TermVerdict.Normal => null,
            _ => kept,
        };
    }
}
