using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Energy;
using OrganAffairs.Energy.Data;
using OrganAffairs.Energy.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Energy.Features;

/// <summary>An institution's quota for a year and its use so far (Energy_GetQuotaProgress): the route.</summary>
internal static class GetQuotaProgress
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder institutions) =>
        institutions.MapGet("/{id:guid}/quotas/{year:int}", Handle).WithName("Energy_GetQuotaProgress")
            .WithTags(EnergyModule.QuotasTag)
            .WithSummary("An institution's quota for a year and its use so far (能耗定额使用进度)")
            .WithDescription("404 energy.quota-not-found when no quota is set for the year.")
            .Produces<QuotaProgressResponse>().Problems(400, 404, 422)
            .RequireScope(EnergyModule.ReadScope);

    private static async Task<Ok<QuotaProgressResponse>> Handle(Guid id, int year, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetQuotaProgressQuery(id, year), ct));
}

internal sealed record GetQuotaProgressQuery(Guid InstitutionId, int Year) : IQuery<QuotaProgressResponse>;

internal sealed class GetQuotaProgressValidator : AbstractValidator<GetQuotaProgressQuery>
{
    public GetQuotaProgressValidator() => RuleFor(q => q.Year).Year().OverridePropertyName("year");
}

internal sealed class GetQuotaProgressHandler(InstitutionRepository institutions, QuotaProgress progress) : IRequestHandler<GetQuotaProgressQuery, QuotaProgressResponse>
{
    public async Task<QuotaProgressResponse> Handle(GetQuotaProgressQuery query, CancellationToken ct)
    {
        var institution = await institutions.GetVisibleAsync(query.InstitutionId, ct) ?? throw new ProblemException(EnergyErrors.InstitutionNotFound);
        return await progress.ForAsync(institution, query.Year, ct);
    }
}
