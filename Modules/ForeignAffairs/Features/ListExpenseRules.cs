using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Domain;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>The expense rules (ForeignAffairs_ListExpenseRules): the route.</summary>
internal static class ListExpenseRules
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/expenses", Handle).WithName("ForeignAffairs_ListExpenseRules")
            .WithSummary("The expense rules (F11): travel classes by rank, lodging limits and lump sums per country (出国经费标准)")
            .WithDescription("Every version of the travel classes, lodging limits and meals and incidentals lump sums, or with `kind` (travel-classes, lodging, allowances) one kind, with `jurisdiction` those along its chain (the most specific version in force on the payment date applies).")
            .Produces<IReadOnlyList<ExpenseRuleResponse>>().Problems(400)
            .RequireScope(ForeignAffairsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<ExpenseRuleResponse>>> Handle(
        [FromQuery(Name = "kind")] string? kind, [FromQuery(Name = "jurisdiction")] string? jurisdiction, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListExpenseRulesQuery(kind, jurisdiction), ct));
}

internal sealed record ListExpenseRulesQuery(string? Kind, string? Jurisdiction) : IQuery<IReadOnlyList<ExpenseRuleResponse>>;

internal sealed class ListExpenseRulesValidator : AbstractValidator<ListExpenseRulesQuery>
{
    public static readonly string[] Kinds = [RuleKinds.TravelClasses, RuleKinds.Lodging, RuleKinds.Allowances];

    public ListExpenseRulesValidator()
    {
        RuleFor(q => q.Kind).Must(k => k is null || Kinds.Contains(k)).WithErrorCode(FieldErrors.NotInList.Code);
        RuleFor(q => q.Jurisdiction).Must(j => j is null || Jurisdictions.IsJurisdiction(j))
            .WithErrorCode(ForeignAffairsErrors.Jurisdiction.Code).WithMessage(ForeignAffairsErrors.Jurisdiction.Title);
    }
}

internal sealed class ListExpenseRulesHandler(RuleRepository rules) : IRequestHandler<ListExpenseRulesQuery, IReadOnlyList<ExpenseRuleResponse>>
{
    public async Task<IReadOnlyList<ExpenseRuleResponse>> Handle(ListExpenseRulesQuery query, CancellationToken ct) =>
        (await rules.VersionsAsync(query.Kind is { } k ? [k] : ListExpenseRulesValidator.Kinds, query.Jurisdiction is { } j ? Jurisdictions.ChainOf(j) : null, ct))
            .Select(ExpenseMapping.ToRuleResponse).ToList();
}
