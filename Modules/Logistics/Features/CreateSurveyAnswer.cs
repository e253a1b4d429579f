using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Domain;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>A sampled requester answers a survey (Logistics_CreateSurveyAnswer): the route.</summary>
internal static class CreateSurveyAnswer
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder surveys) =>
        surveys.MapPost("/{id:guid}/answers", Handle).WithName("Logistics_CreateSurveyAnswer")
            .WithSummary("A sampled requester answers a satisfaction survey (填写满意度调查)")
            .WithDescription("The work order must be closed, assigned under a contract of the survey's provider, of the surveyed item and drawn into the sample (422 logistics.not-in-sample); the person answering is its requester (staffMemberId; 422 logistics.not-the-requester); one score 1–5 per question (400 on scores); one answer per order (409 logistics.survey-answered). An ordinary organ answers for its own orders (another organ's order is 400 on workOrderId). Accepts Idempotency-Key.")
            .Produces<SurveyAnswerResponse>(StatusCodes.Status201Created).CreateProblems(404, 409, 422)
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Created<SurveyAnswerResponse>> Handle(Guid id, CreateSurveyAnswerRequest body, IMediator mediator, CancellationToken ct)
    {
        var answer = await mediator.Send(new CreateSurveyAnswerCommand(id, body), ct);
        return TypedResults.Created($"{LogisticsEndpoints.Root}/surveys/{id}/answers/{answer.Id}", answer);
    }
}

internal sealed record CreateSurveyAnswerCommand(Guid SurveyId, CreateSurveyAnswerRequest Body) : ICommand<SurveyAnswerResponse>;

internal sealed class CreateSurveyAnswerValidator : AbstractValidator<CreateSurveyAnswerCommand>
{
    public CreateSurveyAnswerValidator()
    {
        RuleFor(c => c.Body.WorkOrderId).NotEmpty();
        RuleFor(c => c.Body.StaffMemberId).NotEmpty();
        RuleFor(c => c.Body.Scores).NotEmpty().Must(s => s is null || s.Count <= 20).WithErrorCode(FieldErrors.OutOfRange.Code);
        RuleForEach(c => c.Body.Scores).InclusiveBetween(1, 5);
        RuleFor(c => c.Body.Comment).MaximumLength(500);
    }
}

internal sealed class CreateSurveyAnswerHandler(SurveyRepository surveys, WorkOrderRepository orders, ContractRepository contracts, IMediator mediator, AuditTrail audit,
    IdGenerator ids, BusinessClock clock) : IRequestHandler<CreateSurveyAnswerCommand, SurveyAnswerResponse>
{
    public async Task<SurveyAnswerResponse> Handle(CreateSurveyAnswerCommand command, CancellationToken ct)
    {
        var b = command.Body;
        var survey = await surveys.GetAsync(command.SurveyId, ct) ?? throw new ProblemException(LogisticsErrors.SurveyNotFound);
        if (b.Scores.Count != survey.QuestionList.Count)
        {
            throw ProblemException.ForField(LogisticsErrors.ScoresPerQuestion, "scores");
        }
        var order = await orders.GetVisibleAsync(b.WorkOrderId, ct) ?? throw ProblemException.ForField(LogisticsErrors.WorkOrderRefNotFound, "workOrderId");
        var contract = order.ContractId is { } contractId ? await contracts.GetAsync(contractId, ct) : null;
        if (order.Status != WorkOrderStatus.Closed || order.ClosedAt is null || contract?.ProviderCreditCode != survey.ProviderCreditCode
            || order.ServiceItem != survey.ServiceItem || !SurveySampling.Drawn(survey.Id, order.Id, survey.SamplePercent))
        {
            throw new ProblemException(LogisticsErrors.NotInSample, detail: order.Id.ToString());
        }
        await LogisticsReferences.RequesterAsync(mediator, order, b.StaffMemberId, ct);
        var row = new SurveyAnswerRow
        {
            Id = ids.NewId(), SurveyId = survey.Id, WorkOrderId = order.Id, OrganId = order.OrganId, StaffMemberId = b.StaffMemberId,
            Month = Months.Of(order.ClosedAt.Value, clock), Scores = string.Join(',', b.Scores), Comment = string.IsNullOrWhiteSpace(b.Comment) ? null : b.Comment.Trim(),
            CreatedAt = clock.UtcNow,
        };
        if (!await surveys.InsertAnswerIfAbsentAsync(row, ct))
        {
            throw new ProblemException(LogisticsErrors.SurveyAnswered, detail: order.Id.ToString());
        }
        var response = row.ToResponse();
        audit.Record("LogisticsSurveyAnswer", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}
