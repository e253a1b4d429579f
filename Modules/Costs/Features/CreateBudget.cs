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
using OrganAffairs.Shared.References;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Costs.Features;

/// <summary>Record an organ's approved 三公经费 budget of a year (Costs_CreateBudget): the route.</summary>
internal static class CreateBudget
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder budgets) =>
        budgets.MapPost("/", Handle).WithName("Costs_CreateBudget")
            .WithSummary("Record an organ's approved (批复) 三公经费 budget of a year, per line, basic and project spending")
            .WithDescription("Each of the lines Reception, VehiclePurchase, VehicleOperation and OutboundVisit at most once (a line left out is budgeted at 0); the approval date starts the 20-day disclosure period (T3). One budget per organ and year (409 costs.budget-exists): later changes are adjustments. Audited; accepts Idempotency-Key.")
            .Produces<BudgetResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(CostsModule.WriteScope);

    private static async Task<Created<BudgetResponse>> Handle(CreateBudgetRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var budget = await mediator.Send(new CreateBudgetCommand(body), ct);
        return ETags.Created(http, $"{CostsEndpoints.Root}/budgets/{budget.OrganId}/{budget.Year}", budget, b => b.Version);
    }
}

internal sealed record CreateBudgetCommand(CreateBudgetRequest Body) : ICommand<BudgetResponse>;

internal sealed class CreateBudgetValidator : AbstractValidator<CreateBudgetCommand>
{
    public CreateBudgetValidator()
    {
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.Year).Year();
        RuleFor(c => c.Body.ApprovedOn).ApprovalOf(c => c.Body.Year);
        RuleFor(c => c.Body.WarnPercent).InclusiveBetween(1, 100);
        RuleFor(c => c.Body.Lines).NotNull().Must(l => l.Select(x => x.Line).Distinct().Count() == l.Count)
            .WithErrorCode(CostsErrors.LineRepeated.Code).WithMessage(_ => CostsErrors.LineRepeated.Title);
        RuleForEach(c => c.Body.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Line).IsInEnum();
            line.RuleFor(l => l.Basic).Yuan();
            line.RuleFor(l => l.Project).Yuan();
        });
    }
}

internal sealed class CreateBudgetHandler(BudgetRepository budgets, BudgetViews views, IMediator mediator, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateBudgetCommand, BudgetResponse>
{
    public async Task<BudgetResponse> Handle(CreateBudgetCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var organ = await OrganReferences.ActiveAsync(mediator, b.OrganId, "organId", CostsErrors.OrganRefNotFound, ct);
        if (await budgets.GetAsync(organ.Id, b.Year, ct) is not null)
        {
            throw new ProblemException(CostsErrors.BudgetExists);
        }
        var now = clock.UtcNow;
        var row = new BudgetRow { Id = ids.NewId(), OrganId = organ.Id, Year = b.Year, ApprovedOn = b.ApprovedOn, WarnPercent = b.WarnPercent, Version = 1, CreatedAt = now, UpdatedAt = now };
        var lines = BudgetViews.Lines.Select(line => b.Lines.FirstOrDefault(l => l.Line == line) is { } given
            ? new BudgetLineRow { Id = ids.NewId(), BudgetId = row.Id, Line = line, BasicFen = Yuan.ToFen(given.Basic), ProjectFen = Yuan.ToFen(given.Project) }
            : new BudgetLineRow { Id = ids.NewId(), BudgetId = row.Id, Line = line }).ToList();
        try
        {
            await budgets.InsertAsync(row, lines, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(CostsErrors.BudgetExists);
        }
        var response = BudgetViews.Response(row, lines, await views.ActualsAsync(organ.Id, b.Year, ct));
        audit.Record("CostsBudget", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}
