using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Logistics;
using OrganAffairs.Logistics.Data;
using OrganAffairs.Logistics.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Logistics.Features;

/// <summary>Edit a satisfaction survey (Logistics_UpdateSurvey): the route.</summary>
internal static class UpdateSurvey
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder surveys) =>
        surveys.MapPut("/{id:guid}", Handle).WithName("Logistics_UpdateSurvey")
            .WithSummary("Edit a satisfaction survey's title, questions and sample (If-Match required; 修改满意度调查)")
            .WithDescription("The provider and the service item do not change (set up another survey for another). Once the survey has answers, its questions and sample percentage are fixed — the answers were given to those questions, and the sample decides who may still answer (409 logistics.survey-answered-fixed); the title may still change. Audited old → new. Bureau only.")
            .Produces<SurveyResponse>().UpdateProblems(403)
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Ok<SurveyResponse>> Handle(Guid id, UpdateSurveyRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateSurveyCommand(id, ETags.RequireIfMatch(http), body), ct), s => s.Version);
}

internal sealed record UpdateSurveyCommand(Guid Id, IfMatch IfMatch, UpdateSurveyRequest Body) : ICommand<SurveyResponse>;

internal sealed class UpdateSurveyValidator : AbstractValidator<UpdateSurveyCommand>
{
    public UpdateSurveyValidator()
    {
        RuleFor(c => c.Body.Title).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.Questions).NotEmpty().Must(q => q is null || q.Count <= 20).WithErrorCode(FieldErrors.OutOfRange.Code).WithMessage("1–20 questions.");
        RuleForEach(c => c.Body.Questions).NotEmpty().MaximumLength(200).Must(q => q is null || !q.Contains('\n', StringComparison.Ordinal))
            .WithErrorCode(FieldErrors.InvalidFormat.Code).WithMessage("One line.");
        RuleFor(c => c.Body.SamplePercent).InclusiveBetween(1, 100);
    }
}

internal sealed class UpdateSurveyHandler(SurveyRepository surveys, OrganScope scope, AuditTrail audit) : IRequestHandler<UpdateSurveyCommand, SurveyResponse>
{
    public async Task<SurveyResponse> Handle(UpdateSurveyCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var row = await surveys.GetAsync(command.Id, ct) ?? throw new ProblemException(LogisticsErrors.SurveyNotFound);
        var expected = command.IfMatch.Against(row.Version);
        var b = command.Body;
        var questions = string.Join('\n', b.Questions.Select(q => q.Trim()));
        if ((questions != row.Questions || b.SamplePercent != row.SamplePercent) && await surveys.AnsweredAsync(row.Id, ct))
        {
            throw new ProblemException(LogisticsErrors.SurveyAnsweredFixed);
        }
        var before = row.ToResponse();
        row.Title = b.Title.Trim();
        row.Questions = questions;
        row.SamplePercent = b.SamplePercent;
        row.Version = expected + 1;
        if (!await surveys.UpdateAsync(row, expected, ct))
        {
            throw new ProblemException(SharedErrors.ConcurrentChange);
        }
        var after = row.ToResponse();
        audit.Record("LogisticsSurvey", row.Id, null, AuditTrail.Diff(before, after));
        return after;
    }
}
