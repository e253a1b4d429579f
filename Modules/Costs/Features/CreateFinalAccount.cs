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
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.References;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Costs.Features;

/// <summary>Record an organ's approved final accounts of a year (Costs_CreateFinalAccount): the route.</summary>
internal static class CreateFinalAccount
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder finalAccounts) =>
        finalAccounts.MapPost("/", Handle).WithName("Costs_CreateFinalAccount")
            .WithSummary("Record an organ's approved final accounts (决算) of a year: the actuals per line as posted now")
            .WithDescription("The figures are the actuals ledger's sums per line at this moment (never typed again); the approval date starts the 20-day disclosure period (T3). One per organ and year (409 costs.final-account-exists). Audited; accepts Idempotency-Key.")
            .Produces<FinalAccountResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(CostsModule.WriteScope);

    private static async Task<Created<FinalAccountResponse>> Handle(CreateFinalAccountRequest body, IMediator mediator, CancellationToken ct)
    {
        var account = await mediator.Send(new CreateFinalAccountCommand(body), ct);
        return TypedResults.Created($"{CostsEndpoints.Root}/final-accounts/{account.OrganId}/{account.Year}", account);
    }
}

internal sealed record CreateFinalAccountCommand(CreateFinalAccountRequest Body) : ICommand<FinalAccountResponse>;

internal sealed class CreateFinalAccountValidator : AbstractValidator<CreateFinalAccountCommand>
{
    public CreateFinalAccountValidator()
    {
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.Year).Year();
        RuleFor(c => c.Body.ApprovedOn).ApprovalOf(c => c.Body.Year);
    }
}

internal sealed class CreateFinalAccountHandler(FinalAccountRepository accounts, BudgetViews views, IMediator mediator, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateFinalAccountCommand, FinalAccountResponse>
{
    public async Task<FinalAccountResponse> Handle(CreateFinalAccountCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var organ = await OrganReferences.ActiveAsync(mediator, b.OrganId, "organId", CostsErrors.OrganRefNotFound, ct);
        if (await accounts.GetAsync(organ.Id, b.Year, ct) is not null)
        {
            throw new ProblemException(CostsErrors.FinalAccountExists);
        }
        var actuals = await views.ActualsAsync(organ.Id, b.Year, ct);
        var row = new FinalAccountRow
        {
            Id = ids.NewId(), OrganId = organ.Id, Year = b.Year, ApprovedOn = b.ApprovedOn, RecordedAt = clock.UtcNow,
            ReceptionFen = actuals[CostLine.Reception].AmountFen, VehiclePurchaseFen = actuals[CostLine.VehiclePurchase].AmountFen,
            VehicleOperationFen = actuals[CostLine.VehicleOperation].AmountFen, OutboundVisitFen = actuals[CostLine.OutboundVisit].AmountFen,
        };
        try
        {
            await accounts.InsertAsync(row, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(CostsErrors.FinalAccountExists);
        }
        var response = BudgetViews.Response(row);
        audit.Record("CostsFinalAccount", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}
