using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>The meeting classes' caps (Logistics_ListMeetingClasses): the route.</summary>
internal static class ListMeetingClasses
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/meeting-classes", Handle).WithName("Logistics_ListMeetingClasses")
            .WithSummary("The meeting classes' caps: every version, or those in force on a date (会议费开支标准)")
            .WithDescription("Per class, the all-in daily cap per person and the attendee cap a meeting's registration is checked against. With `on`, the most specific version in force for `jurisdiction` per class (a 6-digit code falls back to its prefecture, province, then national). Each carries its source and confidence.")
            .Produces<IReadOnlyList<MeetingClassResponse>>().Problems(400)
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<MeetingClassResponse>>> Handle([AsParameters] RuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListMeetingClassesQuery(p.Jurisdiction, p.On), ct));
}

internal sealed record ListMeetingClassesQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<MeetingClassResponse>>;

internal sealed class ListMeetingClassesValidator : AbstractValidator<ListMeetingClassesQuery>
{
    public ListMeetingClassesValidator() => RuleFor(q => q.Jurisdiction).OptionalJurisdiction();
}

internal sealed class ListMeetingClassesHandler(RuleVersioning rules) : IRequestHandler<ListMeetingClassesQuery, IReadOnlyList<MeetingClassResponse>>
{
    public async Task<IReadOnlyList<MeetingClassResponse>> Handle(ListMeetingClassesQuery query, CancellationToken ct) =>
        (await rules.ListAsync(MeetingClassRules.Kind, query.Jurisdiction, query.On, ct)).Select(MeetingMapping.ToMeetingClass).ToList();
}
