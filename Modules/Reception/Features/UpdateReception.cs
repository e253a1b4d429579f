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
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Reception.Features;

/// <summary>Update a Draft reception (Reception_UpdateReception): the route.</summary>
internal static class UpdateReception
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder receptions) =>
        receptions.MapPut("/{id:guid}", Handle).WithName("Reception_UpdateReception")
            .WithSummary("Update a Draft reception's plan (If-Match required; 修改接待方案)")
            .WithDescription("Only a Draft changes (409 reception.reception-state otherwise); the plan is checked again as on create. Changing the letter frees the old one.")
            .Produces<ReceptionResponse>().UpdateProblems(409, 422)
            .RequireScope(ReceptionModule.WriteScope);

    private static async Task<Ok<ReceptionResponse>> Handle(Guid id, UpdateReceptionRequest body, IMediator mediator, HttpContext http, CancellationToken ct) =>
        ETags.Ok(http, await mediator.Send(new UpdateReceptionCommand(id, ETags.RequireIfMatch(http), PlanInput.From(body)), ct), r => r.Version);
}

internal sealed record UpdateReceptionCommand(Guid Id, IfMatch IfMatch, PlanInput Body) : ICommand<ReceptionResponse>;

internal sealed class UpdateReceptionValidator : AbstractValidator<UpdateReceptionCommand>
{
    public UpdateReceptionValidator() => RuleFor(c => c.Body).SetValidator(new PlanInputValidator());
}

internal sealed class UpdateReceptionHandler(ReceptionRepository receptions, ReceptionPlanner planner, IMediator mediator, AuditTrail audit, BusinessClock clock)
    : IRequestHandler<UpdateReceptionCommand, ReceptionResponse>
{
    public async Task<ReceptionResponse> Handle(UpdateReceptionCommand command, CancellationToken ct)
    {
        var row = await receptions.GetVisibleAsync(command.Id, ct) ?? throw new ProblemException(ReceptionErrors.ReceptionNotFound);
        var expectedVersion = command.IfMatch.Against(row.Version);
        if (row.Status != ReceptionStatus.Draft)
        {
            throw new ProblemException(ReceptionErrors.ReceptionState, detail: $"{row.Status}");
        }
        var organ = await ReceptionReferences.OrganAsync(mediator, row.OrganId, ct);
        var before = row.ToResponse();
        await planner.ApplyAsync(row, command.Body, organ.DivisionCode, ct);
        row.Version = expectedVersion + 1;
        row.UpdatedAt = clock.UtcNow;
        if (!await receptions.UpdateAsync(row, expectedVersion, ct))
        {
            throw new ProblemException(SharedErrors.PreconditionFailed);
        }
        var after = row.ToResponse();
        audit.Record("Reception", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
