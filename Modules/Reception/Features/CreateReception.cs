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
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Reception.Features;

/// <summary>Create a reception in Draft (Reception_CreateReception): the route.</summary>
internal static class CreateReception
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder receptions) =>
        receptions.MapPost("/", Handle).WithName("Reception_CreateReception")
            .WithSummary("Create a reception (公务接待) in Draft with its plan")
            .WithDescription("The plan is checked against the rules in force on startsOn for the organ's division: at most the allowed working meals (R2) and accompanying diners (R3: ≤3 when guests ≤ 10, else ⌊guests/3⌋), the meal standard for the highest guest rank (R7), no banned item (R4, R4b — from 2025-05-02 no alcohol), a suite only for provincial-ministerial guests (R8), and same-city reception where the local switch allows it (R10); a breach is 422 naming the rule and its source. A letter another reception uses is 409 reception.letter-used. Accepts Idempotency-Key.")
            .Produces<ReceptionResponse>(StatusCodes.Status201Created).CreateProblems(409, 422)
            .RequireScope(ReceptionModule.WriteScope);

    private static async Task<Created<ReceptionResponse>> Handle(CreateReceptionRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var reception = await mediator.Send(new CreateReceptionCommand(body.OrganId, PlanInput.From(body)), ct);
        return ETags.Created(http, $"{ReceptionEndpoints.Root}/{reception.Id}", reception, r => r.Version);
    }
}

internal sealed record CreateReceptionCommand(Guid OrganId, PlanInput Body) : ICommand<ReceptionResponse>;

internal sealed class CreateReceptionValidator : AbstractValidator<CreateReceptionCommand>
{
    public CreateReceptionValidator()
    {
        RuleFor(c => c.OrganId).NotEmpty();
        RuleFor(c => c.Body).SetValidator(new PlanInputValidator());
    }
}

internal sealed class CreateReceptionHandler(ReceptionRepository receptions, ReceptionPlanner planner, IMediator mediator, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateReceptionCommand, ReceptionResponse>
{
    public async Task<ReceptionResponse> Handle(CreateReceptionCommand command, CancellationToken ct)
    {
        var organ = await ReceptionReferences.OrganAsync(mediator, command.OrganId, ct);
        var now = clock.UtcNow;
        var row = new ReceptionRow { Id = ids.NewId(), OrganId = organ.Id, Status = ReceptionStatus.Draft, Version = 1, CreatedAt = now, UpdatedAt = now };
        await planner.ApplyAsync(row, command.Body, organ.DivisionCode, ct);
        await receptions.InsertAsync(row, ct);
        var response = row.ToResponse();
        audit.Record("Reception", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}
