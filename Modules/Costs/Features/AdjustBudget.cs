using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Costs;
using OrganAffairs.Costs.Data;
using OrganAffairs.Costs.Domain;
using OrganAffairs.Costs.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Costs.Features;

/// <summary>Adjust one line of a budget (Costs_AdjustBudget): the route.</summary>
internal static class AdjustBudget
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder budgets) =>
        budgets.MapPost("/{organId:guid}/{year:int}/adjustments", Handle).WithName("Costs_AdjustBudget")
            .WithSummary("Adjust (调整) one line of an organ's budget (If-Match required)")
            .WithDescription("T1: the 三公经费 lines are budgeted separately and no money is moved into them from another line, so an adjustment that raises a line's total is 422 costs.transfer-into-three-public; a reduction, or a shift between the line's own basic and project parts, is allowed. Every adjustment is audited with its reason. A reduction below the line's actuals opens a costs.over-budget violation.")
            .Produces<BudgetResponse>().UpdateProblems(422)
            .RequireScope(CostsModule.WriteScope);

    private static async Task<Ok<BudgetResponse>> Handle(Guid organId, int year, AdjustBudgetRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new AdjustBudgetCommand(organId, year, ETags.RequireIfMatch(http), body), ct), b => b.Version);
}

internal sealed record AdjustBudgetCommand(Guid OrganId, int Year, IfMatch IfMatch, AdjustBudgetRequest Body) : ICommand<BudgetResponse>;

internal sealed class AdjustBudgetValidator : AbstractValidator<AdjustBudgetCommand>
{
    public AdjustBudgetValidator()
    {
        RuleFor(c => c.Year).Year();
        RuleFor(c => c.Body.Line).IsInEnum();
        RuleFor(c => c.Body.Basic).Yuan();
        RuleFor(c => c.Body.Project).Yuan();
        RuleFor(c => c.Body.Reason).NotEmpty().MaximumLength(500);
    }
}

internal sealed class AdjustBudgetHandler(BudgetRepository budgets, BudgetViews views, OverBudgetCheck overBudget, OrganScope scope, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<AdjustBudgetCommand, BudgetResponse>
{
    public async Task<BudgetResponse> Handle(AdjustBudgetCommand command, CancellationToken ct)
    {
        var budget = await budgets.GetAsync(command.OrganId, command.Year, ct);
        if (budget is null || !await scope.CanSeeAsync(budget.OrganId, ct))
        {
            throw new ProblemException(CostsErrors.BudgetNotFound);
        }
        var expectedVersion = command.IfMatch.Against(budget.Version);
        var b = command.Body;
        var line = (await budgets.LinesAsync(budget.Id, ct)).Single(l => l.Line == b.Line);
        var (basic, project) = (Yuan.ToFen(b.Basic), Yuan.ToFen(b.Project));
        if (BudgetRules.IsTransferIn(line.BasicFen, line.ProjectFen, basic, project))
        {
            throw new ProblemException(CostsErrors.TransferIn,
                detail: $"T1: {b.Line} {Yuan.FromFen(line.BasicFen + line.ProjectFen)} → {Yuan.FromFen(basic + project)}");
        }
        var before = new { line.Line, Basic = Yuan.FromFen(line.BasicFen), Project = Yuan.FromFen(line.ProjectFen), Reason = (string?)null };
        line.BasicFen = basic;
        line.ProjectFen = project;
        budget.Version = expectedVersion + 1;
        budget.UpdatedAt = clock.UtcNow;
        if (!await budgets.UpdateLineAsync(budget, expectedVersion, line, ct))
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        audit.Record("CostsBudgetLine", line.Id, budget.OrganId,
            AuditTrail.Diff(before, new { line.Line, Basic = b.Basic, Project = b.Project, Reason = (string?)b.Reason.Trim() }));
        await overBudget.CheckAsync([(budget.OrganId, budget.Year)], ct);
        return await views.ResponseAsync(budget, ct);
    }
}
