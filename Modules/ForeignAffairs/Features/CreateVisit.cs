using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.ForeignAffairs;
using OrganAffairs.ForeignAffairs.Data;
using OrganAffairs.ForeignAffairs.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.References;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.ForeignAffairs.Features;

/// <summary>Create an outbound visit (ForeignAffairs_CreateVisit): the route.</summary>
internal static class CreateVisit
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder visits) =>
        visits.MapPost("/", Handle).WithName("ForeignAffairs_CreateVisit")
            .WithSummary("Create an outbound visit as a draft (因公临时出国申报)")
            .WithDescription("Members are staff members visible to the caller and active. The limits are checked on submission and approval, not on a draft. Accepts Idempotency-Key.")
            .Produces<VisitResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(ForeignAffairsModule.WriteScope);

    private static async Task<Created<VisitResponse>> Handle(CreateVisitRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var visit = await mediator.Send(new CreateVisitCommand(body), ct);
        return ETags.Created(http, $"{ForeignAffairsEndpoints.Root}/{visit.Id}", visit, v => v.Version);
    }
}

internal sealed record CreateVisitCommand(CreateVisitRequest Body) : ICommand<VisitResponse>;

internal sealed class CreateVisitValidator : AbstractValidator<CreateVisitCommand>
{
    public CreateVisitValidator()
    {
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.Visit).SetValidator(new VisitFieldsValidator());
    }
}

internal sealed class CreateVisitHandler(VisitRepository visits, MemberRepository members, VisitRuleBook rules, IMediator mediator, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateVisitCommand, VisitResponse>
{
    public async Task<VisitResponse> Handle(CreateVisitCommand command, CancellationToken ct)
    {
        var organ = await OrganReferences.ActiveAsync(mediator, command.Body.OrganId, "organId", ForeignAffairsErrors.OrganRefNotFound, ct);
        var staff = await VisitReferences.EnsureMembersAsync(mediator, command.Body.Visit, "visit.", ct);
        var now = clock.UtcNow;
        var row = new VisitRow { Id = ids.NewId(), OrganId = organ.Id, Status = VisitStatus.Draft, Version = 1, CreatedAt = now, UpdatedAt = now };
        row.Apply(command.Body.Visit);
        await visits.InsertAsync(row, ct);
        await members.ReplaceAsync(row.Id, VisitReferences.MemberRows(row.Id, command.Body.Visit, staff, ids.NewId), ct);
        var response = row.ToResponse(await rules.NationalRegionsAsync(clock.Today, ct));
        audit.Record("ForeignAffairsVisit", row.Id, row.OrganId, AuditTrail.Diff(null, response));
        return response;
    }
}
