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

/// <summary>An institution's annual report for a year: status (NotStarted, Draft, Submitted, Late), due date and figures (Energy_GetAnnualReport): the route.</summary>
internal static class GetAnnualReport
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder institutions) =>
        institutions.MapGet("/{id:guid}/annual-reports/{year:int}", Handle).WithName("Energy_GetAnnualReport")
            .WithTags(EnergyModule.ReportsTag)
            .WithSummary("An institution's annual report for a year: status (NotStarted, Draft, Submitted, Late), due date and figures (年度能源资源消费统计详情)")
            .WithDescription("Late: not submitted and the due date has passed (business time zone). The ETag is the report's version (0 before a draft exists); submit with it.")
            .Produces<AnnualReportResponse>().Problems(400, 404, 422)
            .RequireScope(EnergyModule.ReadScope);

    private static async Task<Ok<AnnualReportResponse>> Handle(Guid id, int year, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new GetAnnualReportQuery(id, year), ct), r => r.Version ?? 0);
}

internal sealed record GetAnnualReportQuery(Guid InstitutionId, int Year) : IQuery<AnnualReportResponse>;

internal sealed class GetAnnualReportValidator : AbstractValidator<GetAnnualReportQuery>
{
    public GetAnnualReportValidator() => RuleFor(q => q.Year).Year().OverridePropertyName("year");
}

internal sealed class GetAnnualReportHandler(InstitutionRepository institutions, ComplianceRepository compliance, AnnualReportBook reports)
    : IRequestHandler<GetAnnualReportQuery, AnnualReportResponse>
{
    public async Task<AnnualReportResponse> Handle(GetAnnualReportQuery query, CancellationToken ct)
    {
        var institution = await institutions.GetVisibleAsync(query.InstitutionId, ct) ?? throw new ProblemException(EnergyErrors.InstitutionNotFound);
        return await reports.ToResponseAsync(institution, query.Year, await compliance.ReportAsync(institution.Id, query.Year, ct), ct);
    }
}
