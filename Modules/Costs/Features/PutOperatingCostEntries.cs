using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Costs.Data;
using OrganAffairs.Costs.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Costs.Features;

/// <summary>Enter the operating cost's figures no duty module records (Costs_PutOperatingCostEntries): the route.</summary>
internal static class PutOperatingCostEntries
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder operatingCosts) =>
        operatingCosts.MapPut("/{organId:guid}/{year:int}/entries", Handle).WithName("Costs_PutOperatingCostEntries")
            .WithSummary("Enter an organ's operating-cost figures no duty records: rents, property fees, repairs, energy bills, logistics services (录入机关运行成本)")
            .WithDescription("Replaces the entered figures of the organ's year (CNY, 0 to 100 million, at most 2 decimals; every member required). If-Match is the operating cost's ETag: \"0\" before the first entry, so two first entries at once answer one 200 and one 412. Audited (CostsOperatingCost) with the note. Answers the operating cost with the new figures. An organ the caller may not see answers 404 costs.organ-not-found.")
            .Produces<OperatingCostResponse>().UpdateProblems()
            .RequireScope(CostsModule.WriteScope);

    private static async Task<Ok<OperatingCostResponse>> Handle(Guid organId, int year, OperatingCostEntriesRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new PutOperatingCostEntriesCommand(organId, year, ETags.RequireIfMatch(http), body), ct), c => c.Version);
}

internal sealed record PutOperatingCostEntriesCommand(Guid OrganId, int Year, IfMatch IfMatch, OperatingCostEntriesRequest Body) : ICommand<OperatingCostResponse>;

internal sealed class PutOperatingCostEntriesValidator : AbstractValidator<PutOperatingCostEntriesCommand>
{
    public PutOperatingCostEntriesValidator()
    {
        RuleFor(c => c.Year).Year();
        RuleFor(c => c.Body.Rent).Yuan();
        RuleFor(c => c.Body.PropertyFees).Yuan();
        RuleFor(c => c.Body.Repairs).Yuan();
        RuleFor(c => c.Body.EnergyBills).Yuan();
        RuleFor(c => c.Body.LogisticsServices).Yuan();
        RuleFor(c => c.Body.Note).MaximumLength(500);
    }
}

internal sealed class PutOperatingCostEntriesHandler(OperatingCostRepository entries, OperatingCosts operatingCosts, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<PutOperatingCostEntriesCommand, OperatingCostResponse>
{
    public async Task<OperatingCostResponse> Handle(PutOperatingCostEntriesCommand command, CancellationToken ct)
    {
        await operatingCosts.EnsureOrganAsync(command.OrganId, ct);
        var row = await entries.GetAsync(command.OrganId, command.Year, ct);
        var expectedVersion = command.IfMatch.Against(row?.Version ?? 0);
        var before = row is null ? null : Snapshot(row);
        var now = clock.UtcNow;
        var b = command.Body;
        var next = row ?? new OperatingEntryRow { Id = ids.NewId(), OrganId = command.OrganId, Year = command.Year, CreatedAt = now };
        next.RentFen = Yuan.ToFen(b.Rent);
        next.PropertyFeesFen = Yuan.ToFen(b.PropertyFees);
        next.RepairsFen = Yuan.ToFen(b.Repairs);
        next.EnergyBillsFen = Yuan.ToFen(b.EnergyBills);
        next.LogisticsServicesFen = Yuan.ToFen(b.LogisticsServices);
        next.Note = string.IsNullOrWhiteSpace(b.Note) ? null : b.Note.Trim();
        next.Version = expectedVersion + 1;
        next.UpdatedAt = now;
        var written = row is null ? await entries.InsertIfAbsentAsync(next, ct) : await entries.UpdateAsync(next, expectedVersion, ct);
        if (!written)
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        audit.Record("CostsOperatingCost", next.Id, next.OrganId, AuditTrail.Diff(before, Snapshot(next)));
        return (await operatingCosts.ComputeAsync([command.OrganId], command.Year, ct))[0];
    }

    private static EnteredFigures Snapshot(OperatingEntryRow r) =>
        new(r.Year, Yuan.FromFen(r.RentFen), Yuan.FromFen(r.PropertyFeesFen), Yuan.FromFen(r.RepairsFen), Yuan.FromFen(r.EnergyBillsFen),
            Yuan.FromFen(r.LogisticsServicesFen), r.Note);

    private sealed record EnteredFigures(int Year, decimal Rent, decimal PropertyFees, decimal Repairs, decimal EnergyBills, decimal LogisticsServices, string? Note);
}
