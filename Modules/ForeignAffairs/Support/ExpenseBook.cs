using MediatR;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.Shared.Rules;

namespace OrganAffairs.ForeignAffairs.Support;

/// <summary>
/// The expense rules in force for the sending organ's division on the payment date (DESIGN: costs by the payment's date), the most
/// specific version along its jurisdiction chain: travel classes by rank, lodging limits and lump sums per country (F11).
/// </summary>
internal sealed class ExpenseBook(RuleRepository rules, IMediator mediator)
{
    public async Task<(T Value, RuleRow Version)?> InForceAsync<T>(RuleTableDefinition<RuleRow> table, string kind, string key, string? divisionCode, DateOnly on,
        CancellationToken ct)
    {
        var versions = (await rules.VersionsAsync(kind, Jurisdictions.ChainOf(divisionCode), ct)).Where(r => r.RuleKey == key).ToList();
        return table.Effective(versions, divisionCode, on) is { } version ? (RuleJson.Read<T>(version.Value), version) : null;
    }

    /// <summary>The member's rank when added to the delegation, or the staff member's current one for members copied by M0004.</summary>
    public async Task<string?> RankOfAsync(MemberRow member, CancellationToken ct) =>
        member.RankCode ?? (await mediator.Send(new GetStaffMemberQuery(member.StaffMemberId), ct))?.RankCode;

    /// <summary>The grade of a rank under the travel classes in force (Other when none is in force).</summary>
    public async Task<TravelGrade> GradeAsync(string? rankCode, string? divisionCode, DateOnly on, CancellationToken ct) =>
        await InForceAsync<TravelClasses>(ForeignAffairsRuleTables.TravelClasses, RuleKinds.TravelClasses, RuleKinds.RanksKey, divisionCode, on, ct) is var (classes, _)
            ? classes.GradeOf(rankCode)
            : TravelGrade.Other;
}
