using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>List the members of a visit with their travel documents (ForeignAffairs_ListVisitMembers): the route.</summary>
internal static class ListVisitMembers
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder visits) =>
        visits.MapGet("/{id:guid}/members", Handle).WithName("ForeignAffairs_ListVisitMembers")
            .WithSummary("The members of a visit: person, unit, post and rank, travel document and its hand-back (F10; 出访团组成员)")
            .WithDescription("Document numbers are masked (E1****678) unless the caller holds foreign-affairs.personal-data; each answer with numbers in clear is written to the audit trail (who, when, which members). Another organ's visit answers 404.")
            .Produces<IReadOnlyList<VisitMemberRecord>>().Problems(404)
            .RequireScope(ForeignAffairsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<VisitMemberRecord>>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(http.User.HasClaim(Scopes.ScopeClaim, ForeignAffairsModule.PersonalDataScope)
            ? await mediator.Send(new RevealVisitMembersCommand(id), ct)
            : await mediator.Send(new ListVisitMembersQuery(id), ct));
}

internal sealed record ListVisitMembersQuery(Guid Id) : IQuery<IReadOnlyList<VisitMemberRecord>>;

internal sealed class ListVisitMembersHandler(MemberAnswers answers) : IRequestHandler<ListVisitMembersQuery, IReadOnlyList<VisitMemberRecord>>
{
    public async Task<IReadOnlyList<VisitMemberRecord>> Handle(ListVisitMembersQuery query, CancellationToken ct)
    {
        var (visit, members) = await answers.OfVisitAsync(query.Id, ct);
        return await answers.AnswerAsync(visit, members, unmasked: false, ct);
    }
}
