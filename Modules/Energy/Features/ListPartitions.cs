using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Features;

/// <summary>List the attached monthly partitions of readings and roll-ups (Energy_ListPartitions): the route.</summary>
internal static class ListPartitions
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder partitions) =>
        partitions.MapGet("/", Handle).WithName("Energy_ListPartitions")
            .WithSummary("List the attached monthly partitions of readings and daily roll-ups (按月分区列表)")
            .WithDescription("PostgreSQL keeps readings and daily roll-ups in one partition per business month (docs/adr/0049); each attached one is " +
                             "listed with the planner's row estimate, to choose what to detach. Empty on SQLite (one table) and on SQL Server (its " +
                             "partition scheme is managed by the database administrator). Admin scope, bureau only.")
            .Produces<IReadOnlyList<EnergyPartitionResponse>>().Problems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<IResult> Handle(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListPartitionsQuery(), ct));
}

internal sealed record ListPartitionsQuery : IQuery<IReadOnlyList<EnergyPartitionResponse>>;

internal sealed class ListPartitionsHandler(PartitionRepository partitions, OrganScope scope)
    : IRequestHandler<ListPartitionsQuery, IReadOnlyList<EnergyPartitionResponse>>
{
    public async Task<IReadOnlyList<EnergyPartitionResponse>> Handle(ListPartitionsQuery query, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        return (await partitions.ListAsync(ct)).Select(p => new EnergyPartitionResponse(p.TableName, p.Parent, p.Month, p.EstimatedRows)).ToList();
    }
}
