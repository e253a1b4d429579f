using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Reception.Features;

/// <summary>An organ's annual reception cap and its use (Reception_GetCap): the route.</summary>
internal static class GetCap
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder caps) =>
        caps.MapGet("/{organId:guid}/{year:int}", Handle).WithName("Reception_GetCap")
            .WithSummary("An organ's annual reception cap, what is reserved and spent, and the warning (年度接待经费控制数)")
            .WithDescription("404 reception.cap-not-found when no cap is set for the year, or when the organ is not visible to the caller.")
            .Produces<CapResponse>().Problems(400, 404)
            .RequireScope(ReceptionModule.ReadScope);

    private static async Task<Ok<CapResponse>> Handle(Guid organId, int year, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetCapQuery(organId, year), ct));
}

internal sealed record GetCapQuery(Guid OrganId, int Year) : IQuery<CapResponse>;

internal sealed class GetCapValidator : AbstractValidator<GetCapQuery>
{
    public GetCapValidator() =>
        RuleFor(c => c.Year).InclusiveBetween(2000, 2100).WithErrorCode(ReceptionErrors.YearInvalid.Code).WithMessage(_ => ReceptionErrors.YearInvalid.Title);
}

internal sealed class GetCapHandler(CapRepository caps, OrganScope scope) : IRequestHandler<GetCapQuery, CapResponse>
{
    public async Task<CapResponse> Handle(GetCapQuery query, CancellationToken ct)
    {
        var cap = await caps.GetAsync(query.OrganId, query.Year, ct);
        return cap is not null && await scope.CanSeeAsync(cap.OrganId, ct) ? cap.ToResponse() : throw new ProblemException(ReceptionErrors.CapNotFound);
    }
}
