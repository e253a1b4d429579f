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
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Costs.Features;

/// <summary>Enter an organ's training costs of a year (Costs_PutTrainingCost): the route.</summary>
internal static class PutTrainingCost
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder trainingCosts) =>
        trainingCosts.MapPut("/{organId:guid}/{year:int}", Handle).WithName("Costs_PutTrainingCost")
            .WithSummary("Enter an organ's training costs of a year for the disclosure's companion table (录入培训费)")
            .WithDescription("Replaces the training courses, trainees and cost (CNY, 0 to 100 million, at most 2 decimals; every member but the note required) of the organ's year. If-Match is the training cost's ETag: \"0\" before the first entry, so two first entries at once answer one 200 and one 412. Audited (CostsTrainingCost) with the note. The disclosure packs show them in their companion table beside Logistics' meeting costs. An organ the caller may not see answers 404 costs.organ-not-found.")
            .Produces<TrainingCostResponse>().UpdateProblems()
            .RequireScope(CostsModule.WriteScope);

    private static async Task<Ok<TrainingCostResponse>> Handle(Guid organId, int year, TrainingCostRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new PutTrainingCostCommand(organId, year, ETags.RequireIfMatch(http), body), ct), c => c.Version);
}

internal sealed record PutTrainingCostCommand(Guid OrganId, int Year, IfMatch IfMatch, TrainingCostRequest Body) : ICommand<TrainingCostResponse>;

internal sealed class PutTrainingCostValidator : AbstractValidator<PutTrainingCostCommand>
{
    public PutTrainingCostValidator()
    {
        RuleFor(c => c.Year).Year();
        RuleFor(c => c.Body.Amount).Yuan();
        RuleFor(c => c.Body.Courses).InclusiveBetween(0, 10_000);
        RuleFor(c => c.Body.Trainees).InclusiveBetween(0, 1_000_000);
        RuleFor(c => c.Body.Note).MaximumLength(500);
    }
}

internal sealed class PutTrainingCostHandler(TrainingCostRepository training, OperatingCosts operatingCosts, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<PutTrainingCostCommand, TrainingCostResponse>
{
    public async Task<TrainingCostResponse> Handle(PutTrainingCostCommand command, CancellationToken ct)
    {
        await operatingCosts.EnsureOrganAsync(command.OrganId, ct);
        var row = await training.GetAsync(command.OrganId, command.Year, ct);
        var expectedVersion = command.IfMatch.Against(row?.Version ?? 0);
        var before = row is null ? null : Snapshot(row);
        var now = clock.UtcNow;
        var b = command.Body;
        var next = row ?? new TrainingCostRow { Id = ids.NewId(), OrganId = command.OrganId, Year = command.Year, CreatedAt = now };
        next.Courses = b.Courses;
        next.Trainees = b.Trainees;
        next.AmountFen = Yuan.ToFen(b.Amount);
        next.Note = string.IsNullOrWhiteSpace(b.Note) ? null : b.Note.Trim();
        next.Version = expectedVersion + 1;
        next.UpdatedAt = now;
        var written = row is null ? await training.InsertIfAbsentAsync(next, ct) : await training.UpdateAsync(next, expectedVersion, ct);
        if (!written)
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        audit.Record("CostsTrainingCost", next.Id, next.OrganId, AuditTrail.Diff(before, Snapshot(next)));
        return GetTrainingCost.Response(command.OrganId, command.Year, next);
    }

    private static Entered Snapshot(TrainingCostRow r) => new(r.Year, Yuan.FromFen(r.AmountFen), r.Courses, r.Trainees, r.Note);

    private sealed record Entered(int Year, decimal Amount, int Courses, int Trainees, string? Note);
}
