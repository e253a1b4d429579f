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
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Logistics.Features;

/// <summary>Set up a satisfaction survey of a provider's service item (Logistics_CreateSurvey): the route.</summary>
internal static class CreateSurvey
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder surveys) =>
        surveys.MapPost("/", Handle).WithName("Logistics_CreateSurvey")
            .WithSummary("Set up a satisfaction survey of a provider's service item (设立满意度调查)")
            .WithDescription("Questions answered 1–5, and the share of the provider's closed work orders of the item sampled each month (reproducibly: GET …/sample). The provider must have a contract covering the item (422 logistics.contract-not-covering). Method references: GB/T 19038-2009, GB/T 19039-2009. Bureau only. Accepts Idempotency-Key.")
            .Produces<SurveyResponse>(StatusCodes.Status201Created).CreateProblems(403, 422)
            .RequireScope(LogisticsModule.WriteScope);

    private static async Task<Created<SurveyResponse>> Handle(CreateSurveyRequest body, IMediator mediator, CancellationToken ct)
    {
        var survey = await mediator.Send(new CreateSurveyCommand(body), ct);
        return TypedResults.Created($"{LogisticsEndpoints.Root}/surveys/{survey.Id}", survey);
    }
}

internal sealed record CreateSurveyCommand(CreateSurveyRequest Body) : ICommand<SurveyResponse>;

internal sealed class CreateSurveyValidator : AbstractValidator<CreateSurveyCommand>
{
    public CreateSurveyValidator()
    {
        RuleFor(c => c.Body.ProviderCreditCode).NotEmpty().Length(18);
        RuleFor(c => c.Body.ServiceItem).NotEmpty().MaximumLength(60);
        RuleFor(c => c.Body.Title).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.Questions).NotEmpty().Must(q => q is null || q.Count <= 20).WithErrorCode(FieldErrors.OutOfRange.Code).WithMessage("1–20 questions.");
        RuleForEach(c => c.Body.Questions).NotEmpty().MaximumLength(200).Must(q => q is null || !q.Contains('\n', StringComparison.Ordinal))
            .WithErrorCode(FieldErrors.InvalidFormat.Code).WithMessage("One line.");
        RuleFor(c => c.Body.SamplePercent).InclusiveBetween(1, 100);
    }
}

internal sealed class CreateSurveyHandler(SurveyRepository surveys, ContractRepository contracts, OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateSurveyCommand, SurveyResponse>
{
    public async Task<SurveyResponse> Handle(CreateSurveyCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var b = command.Body;
        var code = b.ProviderCreditCode.Trim();
        var item = b.ServiceItem.Trim();
        var (theirs, _) = await contracts.ListAsync(code, null, PageRequest.From(1, 200), ContractRepository.Sort.OrderBy(null), ct);
        if (!theirs.Any(c => c.Items.Contains(item, StringComparer.Ordinal)))
        {
            throw new ProblemException(LogisticsErrors.ContractNotCovering, detail: $"{code}: {item}");
        }
        var row = new SurveyRow
        {
            Id = ids.NewId(), ProviderCreditCode = code, ServiceItem = item, Title = b.Title.Trim(), Questions = string.Join('\n', b.Questions.Select(q => q.Trim())),
            SamplePercent = b.SamplePercent, Version = 1, CreatedAt = clock.UtcNow,
        };
        await surveys.InsertAsync(row, ct);
        var response = row.ToResponse();
        audit.Record("LogisticsSurvey", row.Id, null, AuditTrail.Diff(null, response));
        return response;
    }
}
