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

namespace OrganAffairs.Buildings.Features;

/// <summary>Add a version of the office-area standard; the version it supersedes ends the day before (Buildings_CreateOfficeStandard): the route.</summary>
internal static class CreateOfficeStandard
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder standards) =>
        standards.MapPost("/", Handle).WithName("Buildings_CreateOfficeStandard")
            .WithSummary("Add a version of the office-area standard; the version it supersedes ends the day before (新增办公室面积标准版本)")
            .WithDescription("Rule-table edits are new versions, never overwrites: findings dated before effectiveFrom keep using the old version. The 2014 standard is a national ceiling: a local version may lower the area per person, never raise it above a version in force above its jurisdiction (422 rules.looser-than-ceiling). Cite the source. Admin scope, bureau only.")
            .Produces<OfficeStandardResponse>(StatusCodes.Status201Created).CreateProblems(403)
            .RequireScope(Scopes.Admin);

    private static async Task<Created<OfficeStandardResponse>> Handle(CreateOfficeStandardRequest body, IMediator mediator, CancellationToken ct)
    {
        var standard = await mediator.Send(new CreateOfficeStandardCommand(body), ct);
        return TypedResults.Created($"{BuildingsEndpoints.Root}/office-standards?jurisdiction={standard.Jurisdiction}&level={standard.Level}", standard);
    }
}

internal sealed record CreateOfficeStandardCommand(CreateOfficeStandardRequest Body) : ICommand<OfficeStandardResponse>;

internal sealed class CreateOfficeStandardValidator : AbstractValidator<CreateOfficeStandardCommand>
{
    public CreateOfficeStandardValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).NotEmpty().Must(Jurisdictions.IsJurisdiction)
            .WithErrorCode(BuildingsErrors.Jurisdiction.Code).WithMessage(_ => BuildingsErrors.Jurisdiction.Title);
        RuleFor(c => c.Body.Level).IsInEnum();
        RuleFor(c => c.Body.RankCode).NotEmpty().MaximumLength(50).Matches("^[A-Za-z][A-Za-z0-9]*$");
        RuleFor(c => c.Body.Area).Must(Area.IsValid)
            .WithErrorCode(BuildingsErrors.AreaInvalid.Code).WithMessage(_ => BuildingsErrors.AreaInvalid.Title);
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).NotEmpty().MaximumLength(500);
    }
}

/// <summary>
/// A rule-table edit is a new version: the version of the same jurisdiction, level and rank in force on
/// the new start ends the day before, so findings dated earlier keep using it. Admin scope, bureau only.
/// </summary>
internal sealed class CreateOfficeStandardHandler(OfficeRepository offices, OrganScope scope, AuditTrail audit, IdGenerator ids)
    : IRequestHandler<CreateOfficeStandardCommand, OfficeStandardResponse>
{
    public Task<OfficeStandardResponse> Handle(CreateOfficeStandardCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var body = command.Body;
        // The 2014 standard is a national ceiling (发改投资〔2014〕2674号): a local version may only lower the m² per person.
        return BuildingsRuleTables.OfficeStandards.AddVersionAsync(offices.Standard(body.Level, body.RankCode), audit,
            new NewRuleVersion(body.Jurisdiction, body.EffectiveFrom),
            effectiveTo => new OfficeStandardRow
            {
                Id = ids.NewId(),
                Jurisdiction = body.Jurisdiction,
                Level = body.Level,
                RankCode = body.RankCode,
                AreaCenti = Area.ToCenti(body.Area),
                EffectiveFrom = body.EffectiveFrom,
                EffectiveTo = effectiveTo,
                Source = body.Source.Trim(),
                DocumentId = body.DocumentId,
            },
            row => row.ToResponse(), ct);
    }
}
