using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Buildings.Domain;
using OrganAffairs.Buildings.Support;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Buildings.Features;

/// <summary>Set an organ's approved office area (核定面积) from a date (Buildings_SetApprovedArea): the route.</summary>
internal static class SetApprovedArea
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder areas) =>
        areas.MapPost("/", Handle).WithName("Buildings_SetApprovedArea")
            .WithSummary("Set an organ's approved office area (核定面积) from a date")
            .WithDescription("A new version, never an overwrite: the version in force on effectiveFrom ends the day before, so findings dated earlier keep the old figure. The bureau's work (403 for other organs). Accepts Idempotency-Key.")
            .Produces<ApprovedAreaResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(BuildingsModule.WriteScope);

    private static async Task<Created<ApprovedAreaResponse>> Handle(SetApprovedAreaRequest body, IMediator mediator, CancellationToken ct)
    {
        var area = await mediator.Send(new SetApprovedAreaCommand(body), ct);
        return TypedResults.Created($"{BuildingsEndpoints.Root}/organs/{area.OrganId}/area-summary?on={area.EffectiveFrom:yyyy-MM-dd}", area);
    }
}

internal sealed record SetApprovedAreaCommand(SetApprovedAreaRequest Body) : ICommand<ApprovedAreaResponse>;

internal sealed class SetApprovedAreaValidator : AbstractValidator<SetApprovedAreaCommand>
{
    public SetApprovedAreaValidator()
    {
        RuleFor(c => c.Body.OrganId).NotEmpty();
        RuleFor(c => c.Body.OfficeArea).Must(Area.IsValid)
            .WithErrorCode(BuildingsErrors.AreaInvalid.Code).WithMessage(_ => BuildingsErrors.AreaInvalid.Title);
        RuleFor(c => c.Body.ApprovalReference).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
    }
}

/// <summary>
/// A new version of an organ's approved office area from a date; the version it supersedes ends the
/// day before, so a finding dated earlier still uses the old one. Bureau only.
/// </summary>
internal sealed class SetApprovedAreaHandler(IMediator mediator, AllocationRepository allocations, OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<SetApprovedAreaCommand, ApprovedAreaResponse>
{
    public async Task<ApprovedAreaResponse> Handle(SetApprovedAreaCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var body = command.Body;
        var organ = await OrganReferences.ActiveAsync(mediator, body.OrganId, "organId", ct);
        return await BuildingsRuleTables.ApprovedAreas.AddVersionAsync(allocations.ApprovedArea(organ.Id), audit,
            new NewRuleVersion(Jurisdictions.National, body.EffectiveFrom),
            effectiveTo => new ApprovedAreaRow
            {
                Id = ids.NewId(),
                OrganId = organ.Id,
                OfficeAreaCenti = Area.ToCenti(body.OfficeArea),
                ApprovalReference = body.ApprovalReference.Trim(),
                EffectiveFrom = body.EffectiveFrom,
                EffectiveTo = effectiveTo,
                CreatedAt = clock.UtcNow,
            },
            row => row.ToResponse(), ct);
    }
}
