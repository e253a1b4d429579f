using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Vehicles;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Vehicles.Data;
using OrganAffairs.Vehicles.Domain;
using OrganAffairs.Vehicles.Support;

namespace OrganAffairs.Vehicles.Features;

/// <summary>Set an organ's whole vehicle quota (Vehicles_SetQuotas): the route.</summary>
internal static class SetQuotas
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder quotas) =>
        quotas.MapPut("/{organId:guid}", Handle).WithName("Vehicles_SetQuotas")
            .WithSummary("Set an organ's whole vehicle quota (the bureau's work; 核定车辆编制)")
            .WithDescription("Replaces every category's approved number; categories not listed get 0. Only the bureau's principals (403 auth.bureau-only otherwise). The change is audited with old and new values. No If-Match: the quota is a decision of the bureau that replaces the previous one as a whole. A quota below the vehicles held is accepted but is a violation (V6): `vehicles.over-quota` opens in the violation ledger (ViolationOpened) for that category, and closes (ViolationClosed) once holdings are within the quota again — by a new quota or by disposals.")
            .Produces<QuotaResponse>().Problems(400, 403, 413, 415)
            .RequireScope(VehiclesModule.WriteScope);

    private static async Task<Ok<QuotaResponse>> Handle(Guid organId, SetQuotasRequest body, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new SetQuotasCommand(organId, body), ct));
}

internal sealed record SetQuotasCommand(Guid OrganId, SetQuotasRequest Body) : ICommand<QuotaResponse>;

internal sealed class SetQuotasValidator : AbstractValidator<SetQuotasCommand>
{
    public SetQuotasValidator()
    {
        RuleFor(c => c.Body.Quotas).NotNull();
        RuleForEach(c => c.Body.Quotas).ChildRules(q =>
        {
            q.RuleFor(i => i.Category).IsInEnum();
            q.RuleFor(i => i.Approved).InclusiveBetween(0, 10_000);
        });
        RuleFor(c => c.Body.Quotas).Must(q => q is null || q.Select(i => i.Category).Distinct().Count() == q.Count)
            .WithErrorCode(VehiclesErrors.QuotaDuplicate.Code).WithMessage(_ => VehiclesErrors.QuotaDuplicate.Title);
    }
}

/// <summary>车辆编制 is set by the bureau: ordinary organs get 403 even with vehicles.write.</summary>
internal sealed class SetQuotasHandler(VehicleRepository vehicles, VehicleViolations violations, IMediator mediator, OrganScope scope, AuditTrail audit)
    : IRequestHandler<SetQuotasCommand, QuotaResponse>
{
    public async Task<QuotaResponse> Handle(SetQuotasCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var organ = await VehicleRules.OrganAsync(mediator, command.OrganId, "organId", ct);
        var before = await vehicles.QuotasAsync(organ.Id, ct);
        var rows = command.Body.Quotas.Select(q => new QuotaRow { Id = QuotaSubject.Of(organ.Id, q.Category), OrganId = organ.Id, Category = q.Category, Approved = q.Approved }).ToList();
        await vehicles.ReplaceQuotasAsync(organ.Id, rows, ct);
        audit.Record("VehicleQuota", organ.Id, organ.Id, new Dictionary<string, FieldChange>
        {
            ["quotas"] = new(before.Select(q => new QuotaItem(q.Category, q.Approved)).ToList(), command.Body.Quotas),
        });
        await violations.ReviewQuotasAsync(organ.Id, ct);
        return await QuotaMapping.ResponseAsync(vehicles, organ.Id, ct);
    }
}
