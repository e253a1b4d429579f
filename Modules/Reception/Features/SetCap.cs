using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Reception;
using OrganAffairs.Contracts.Violations;
using OrganAffairs.Reception.Data;
using OrganAffairs.Reception.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Money;
using OrganAffairs.Shared.Outbox;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Reception.Features;

/// <summary>Set an organ's annual reception cap (Reception_SetCap): the route.</summary>
internal static class SetCap
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder caps) =>
        caps.MapPut("/{organId:guid}/{year:int}", Handle).WithName("Reception_SetCap")
            .WithSummary("Set or raise an organ's annual reception cap (接待费总额控制数)")
            .WithDescription("The bureau's own work (403 auth.bureau-only otherwise); audited. A first cap of a year takes in what the organ's approved receptions already reserve and its settled ones spent; a cap below that use is 422 reception.cap-below-use.")
            .Produces<CapResponse>().Problems(400, 403, 422)
            .RequireScope(ReceptionModule.WriteScope);

    private static async Task<Ok<CapResponse>> Handle(Guid organId, int year, SetCapRequest body, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new SetCapCommand(organId, year, body), ct));
}

internal sealed record SetCapCommand(Guid OrganId, int Year, SetCapRequest Body) : ICommand<CapResponse>;

internal sealed class SetCapValidator : AbstractValidator<SetCapCommand>
{
    public SetCapValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(2000, 2100).WithErrorCode(ReceptionErrors.YearInvalid.Code).WithMessage(_ => ReceptionErrors.YearInvalid.Title);
        RuleFor(c => c.Body.Cap).Yuan();
        RuleFor(c => c.Body.WarnPercent).InclusiveBetween(1, 100);
    }
}

internal sealed class SetCapHandler(
    CapRepository caps, ReceptionRepository receptions, OrganScope scope, Violations violations, IMediator mediator, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<SetCapCommand, CapResponse>
{
    public async Task<CapResponse> Handle(SetCapCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var organ = await ReceptionReferences.OrganAsync(mediator, command.OrganId, ct);
        var capFen = Yuan.ToFen(command.Body.Cap);
        var existing = await caps.LockAsync(organ.Id, command.Year, ct);
        var row = existing ?? new CapRow { Id = ids.NewId(), OrganId = organ.Id, Year = command.Year };
        var before = existing?.ToResponse();
        if (existing is null)
        {
            var use = await receptions.UseAsync(organ.Id, command.Year, ct);
            row.ReservedFen = use.ReservedFen;
            row.SpentFen = use.SpentFen;
        }
        if (capFen < row.ReservedFen + row.SpentFen)
        {
            throw new ProblemException(ReceptionErrors.CapBelowUse, detail: $"{Yuan.FromFen(row.ReservedFen + row.SpentFen)}");
        }
        row.CapFen = capFen;
        row.WarnPercent = command.Body.WarnPercent;
        row.Version++;
        if (existing is null)
        {
            try
            {
                await caps.InsertAsync(row, ct);
            }
            catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
            {
                throw new ProblemException(SharedErrors.ConcurrentChange);
            }
        }
        else
        {
            await caps.UpdateAsync(row, ct);
        }
        // A cap raised over what is spent ends the violation its passing opened.
        await violations.CloseOpenAsync(Duty.Reception, ReceptionViolationKinds.CapPassed, row.Id, clock.Today, ViolationCloseReason.Corrected, "cap raised (总额控制数已调整)", ct);
        var after = row.ToResponse();
        audit.Record("ReceptionCap", row.Id, row.OrganId, AuditTrail.Diff(before, after));
        return after;
    }
}
