using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>The work orders a survey samples in a month (Logistics_ListSurveySample): the route.</summary>
internal static class ListSurveySample
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder surveys) =>
        surveys.MapGet("/{id:guid}/sample", Handle).WithName("Logistics_ListSurveySample")
            .WithSummary("The closed work orders a survey samples in a month, and whether each requester has answered (抽样名单)")
            .WithDescription("Of the provider's work orders of the item closed in the business month (month=yyyy-MM), those drawn by the survey's reproducible draw (SHA-256 of the survey and order ids, below the sample percentage): the same list on every read. Bureau only.")
            .Produces<IReadOnlyList<SurveySampleEntry>>().Problems(400, 403, 404)
            .RequireScope(LogisticsModule.ReadScope);

    private static async Task<Ok<IReadOnlyList<SurveySampleEntry>>> Handle(Guid id, [FromQuery(Name = "month")] string? month, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListSurveySampleQuery(id, month ?? ""), ct));
}

internal sealed record ListSurveySampleQuery(Guid Id, string Month) : IQuery<IReadOnlyList<SurveySampleEntry>>;

internal sealed class ListSurveySampleValidator : AbstractValidator<ListSurveySampleQuery>
{
    public ListSurveySampleValidator() =>
        RuleFor(q => q.Month).NotEmpty().Must(m => Months.Parse(m) is not null).WithErrorCode(FieldErrors.InvalidFormat.Code).WithMessage("A month as yyyy-MM.").OverridePropertyName("month");
}

internal sealed class ListSurveySampleHandler(SurveyRepository surveys, OrganScope scope, BusinessClock clock) : IRequestHandler<ListSurveySampleQuery, IReadOnlyList<SurveySampleEntry>>
{
    public async Task<IReadOnlyList<SurveySampleEntry>> Handle(ListSurveySampleQuery query, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var survey = await surveys.GetAsync(query.Id, ct) ?? throw new ProblemException(LogisticsErrors.SurveyNotFound);
        var month = Months.Parse(query.Month)!.Value;
        var (from, to) = Months.Instants(month, month, clock);
        var answered = (await surveys.AnswersAsync(survey.Id, month, month, ct)).Select(a => a.WorkOrderId).ToHashSet();
        return (await surveys.ClosedOrdersAsync(survey.ProviderCreditCode, survey.ServiceItem, from, to, ct))
            .Where(o => SurveySampling.Drawn(survey.Id, o.Id, survey.SamplePercent))
            .Select(o => new SurveySampleEntry(o.Id, o.OrganId, o.RequesterStaffMemberId, o.ClosedAt, answered.Contains(o.Id))).ToList();
    }
}
