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
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Costs.Features;

/// <summary>An organ's final accounts of a year (Costs_GetFinalAccount): the route.</summary>
internal static class GetFinalAccount
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder finalAccounts) =>
        finalAccounts.MapGet("/{organId:guid}/{year:int}", Handle).WithName("Costs_GetFinalAccount")
            .WithSummary("An organ's final accounts (决算) of a year")
            .WithDescription("404 costs.final-account-not-found when none is recorded or the organ is not visible to the caller.")
            .Produces<FinalAccountResponse>().Problems(400, 404)
            .RequireScope(CostsModule.ReadScope);

    private static async Task<Ok<FinalAccountResponse>> Handle(Guid organId, int year, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetFinalAccountQuery(organId, year), ct));
}

internal sealed record GetFinalAccountQuery(Guid OrganId, int Year) : IQuery<FinalAccountResponse>;

internal sealed class GetFinalAccountValidator : AbstractValidator<GetFinalAccountQuery>
{
    public GetFinalAccountValidator() => RuleFor(q => q.Year).Year();
}

internal sealed class GetFinalAccountHandler(FinalAccountRepository accounts, OrganScope scope) : IRequestHandler<GetFinalAccountQuery, FinalAccountResponse>
{
    public async Task<FinalAccountResponse> Handle(GetFinalAccountQuery query, CancellationToken ct)
    {
        var account = await accounts.GetAsync(query.OrganId, query.Year, ct);
        return account is not null && await scope.CanSeeAsync(account.OrganId, ct)
            ? BudgetViews.Response(account)
            : throw new ProblemException(CostsErrors.FinalAccountNotFound);
    }
}
