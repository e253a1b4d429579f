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

/// <summary>Submit a Draft reception for approval (Reception_SubmitReception): the route.</summary>
internal static class SubmitReception
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder receptions) =>
        receptions.MapPost("/{id:guid}/submit", Handle).WithName("Reception_SubmitReception")
            .WithSummary("Submit a Draft reception for approval (报批)")
            .WithDescription("Draft → Submitted. No letter, no submission: 422 reception.no-letter (R1). The plan is checked again against the rules in force on startsOn and the letter's guests.")
            .Produces<ReceptionResponse>().Problems(404, 409, 422)
            .RequireScope(ReceptionModule.WriteScope);

    private static async Task<Ok<ReceptionResponse>> Handle(Guid id, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new SubmitReceptionCommand(id), ct), r => r.Version);
}

internal sealed record SubmitReceptionCommand(Guid Id) : ICommand<ReceptionResponse>;

internal sealed class SubmitReceptionHandler(ReceptionWorkflow workflow, ReceptionPlanner planner, ReceptionRuleBook book, IMediator mediator)
    : IRequestHandler<SubmitReceptionCommand, ReceptionResponse>
{
    public async Task<ReceptionResponse> Handle(SubmitReceptionCommand command, CancellationToken ct)
    {
        var row = await workflow.LoadAsync(command.Id, ReceptionStatus.Submitted, [ReceptionStatus.Draft], ct);
        if (row.LetterId is null)
        {
            throw new ProblemException(ReceptionErrors.NoLetter);
        }
        var organ = await ReceptionReferences.OrganAsync(mediator, row.OrganId, ct);
        await book.CheckPlanAsync(row, await planner.RanksAsync(row, ct), organ.DivisionCode, ct);
        return await workflow.MoveAsync(row, ReceptionStatus.Submitted, null, ct);
    }
}
