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

/// <summary>Get an official letter (Reception_GetLetter): the route.</summary>
internal static class GetLetter
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder letters) =>
        letters.MapGet("/{id:guid}", Handle).WithName("Reception_GetLetter")
            .WithSummary("Get an official letter with its guests (公函详情)")
            .WithDescription("Another organ's letter answers 404 like a missing one.")
            .Produces<LetterResponse>().Problems(404)
            .RequireScope(ReceptionModule.ReadScope);

    private static async Task<Ok<LetterResponse>> Handle(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetLetterQuery(id), ct));
}

internal sealed record GetLetterQuery(Guid Id) : IQuery<LetterResponse>;

internal sealed class GetLetterHandler(LetterRepository letters) : IRequestHandler<GetLetterQuery, LetterResponse>
{
    public async Task<LetterResponse> Handle(GetLetterQuery query, CancellationToken ct)
    {
        var row = await letters.GetVisibleAsync(query.Id, ct) ?? throw new ProblemException(ReceptionErrors.LetterNotFound);
        return row.ToResponse(await letters.GuestsAsync(row.Id, ct));
    }
}
