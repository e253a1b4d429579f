using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Costs.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Costs.Features;

/// <summary>Post the source items the ledger lacks (Costs_PostMissingCosts): the route.</summary>
internal static class PostMissingCosts
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder reconciliation) =>
        reconciliation.MapPost("/{organId:guid}/{year:int}/post-missing", Handle).WithName("Costs_PostMissingCosts")
            .WithSummary("Post the source items missing from an organ's 三公经费 actuals of a year (补记)")
            .WithDescription("Reconciles the organ's year and posts every MissingInCosts item through the same path as the duty modules' events (each entry id once), then answers the reconciliation after posting with `posted`, the number of items this request posted (a concurrent call's are not counted twice). Idempotent: a second call posts nothing. AmountDiffers and MissingInSource are reported, never changed. Audited when it posts. An organ the caller may not see answers 404 costs.organ-not-found. Accepts Idempotency-Key.")
            .Produces<ReconciliationResponse>().Problems(400, 404)
            .RequireScope(CostsModule.WriteScope);

    private static async Task<Ok<ReconciliationResponse>> Handle(Guid organId, int year, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new PostMissingCostsCommand(organId, year), ct));
}

internal sealed record PostMissingCostsCommand(Guid OrganId, int Year) : ICommand<ReconciliationResponse>;

internal sealed class PostMissingCostsValidator : AbstractValidator<PostMissingCostsCommand>
{
    public PostMissingCostsValidator() => RuleFor(c => c.Year).Year();
}

internal sealed class PostMissingCostsHandler(Reconciliations reconciliations, IMediator mediator, AuditTrail audit)
    : IRequestHandler<PostMissingCostsCommand, ReconciliationResponse>
{
    public async Task<ReconciliationResponse> Handle(PostMissingCostsCommand command, CancellationToken ct)
    {
        await reconciliations.EnsureOrganAsync(command.OrganId, ct);
        var (_, missing) = await reconciliations.ReconcileAsync(command.OrganId, command.Year, 0, ct);
        if (missing.Count == 0)
        {
            return (await reconciliations.ReconcileAsync(command.OrganId, command.Year, 0, ct)).Report;
        }
        // The same command the event handlers send (joins this unit of work): insert-if-absent on entry id, then the over-budget check.
        // A concurrent call may have posted some first: `posted` counts only the entries this request inserted.
        var posted = await mediator.Send(new PostCostsCommand(missing), ct);
        var after = (await reconciliations.ReconcileAsync(command.OrganId, command.Year, posted, ct)).Report;
        if (posted > 0)
        {
            audit.Record("CostsReconciliation", command.OrganId, command.OrganId, AuditTrail.Diff(null, new PostedMissing(command.Year, posted, missing.Select(m => m.EntryId).ToList())));
        }
        return after;
    }

    private sealed record PostedMissing(int Year, int Posted, IReadOnlyList<Guid> EntryIds);
}
