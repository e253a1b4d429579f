using MediatR;

namespace OrganAffairs.Contracts.Common;

/// <summary>What an organ still holds in one module: a kind ("vehicles", "drivers", "allocations"…) and how many.</summary>
public sealed record OrganHolding(string Module, string Kind, int Count);

/// <summary>
/// How a dissolving organ's holdings are settled: handed to <see cref="SuccessorOrganId"/> (划转) when
/// it is set, otherwise recovered by the bureau (收回), whose own organ is <see cref="BureauOrganId"/>.
/// Sent inside the dissolution's transaction: a module that cannot settle answers a problem and
/// nothing is written anywhere.
/// </summary>
public sealed record OrganSettlement(Guid OrganId, Guid? SuccessorOrganId, Guid? BureauOrganId, DateOnly On, string Reason);

/// <summary>
/// A module's part in dissolving an organ (DESIGN: one request per module, declared in Contracts):
/// with <see cref="Settlement"/> null it only counts what the organ holds there; with one it hands the
/// holdings over or recovers them, and answers what it settled.
/// </summary>
public interface IOrganHoldingsRequest : IRequest<IReadOnlyList<OrganHolding>>
{
    Guid OrganId { get; }
    OrganSettlement? Settlement { get; }
}
