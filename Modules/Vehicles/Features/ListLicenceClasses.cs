using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Licence classes (Vehicles_ListLicenceClasses): the route.</summary>
internal static class ListLicenceClasses
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder rules) =>
        rules.MapGet("/licence-classes", Handle).WithName("Vehicles_ListLicenceClasses")
            .WithSummary("Licence classes (准驾车型) and the body types they cover")
            .WithDescription("Every version, or with `on` those in force for `jurisdiction`.")
            .Produces<IReadOnlyList<LicenceClassResponse>>().Problems(400)
            .RequireScope(VehiclesModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<LicenceClassResponse>>> Handle([AsParameters] RuleListParameters p, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListLicenceClassesQuery(p.Jurisdiction, p.On), ct));
}

internal sealed record ListLicenceClassesQuery(string? Jurisdiction, DateOnly? On) : IQuery<IReadOnlyList<LicenceClassResponse>>, IRuleListQuery;

internal sealed class ListLicenceClassesValidator : RuleListValidator<ListLicenceClassesQuery>;

internal sealed class ListLicenceClassesHandler(RuleRepository rules) : RuleListHandler<ListLicenceClassesQuery, LicenceClassResponse>(rules, RuleKinds.LicenceClass, RuleMapping.ToLicenceClass);
