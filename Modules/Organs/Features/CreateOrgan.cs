using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Organs;
using OrganAffairs.Organs.Data;
using OrganAffairs.Shared.Checks;
using OrganAffairs.Organs.Support;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Http;
using OrganAffairs.Shared.Security;
using OrganAffairs.Shared.Time;

namespace OrganAffairs.Organs.Features;

/// <summary>Create organ (Organs_CreateOrgan): the route.</summary>
internal static class CreateOrgan
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder organs) =>
        organs.MapPost("/", Handle).WithName("Organs_CreateOrgan")
            .WithSummary("Register an organ (登记机关)")
            .WithDescription("Checks the unified social credit code (GB 32100-2015); an early pilot code that fails the check needs usccCheckOverrideReason, which is audited. isBureau flags the organ as the organ-affairs bureau of its division code (at most one active per code: 409 organs.bureau-exists). The top bureau's work (403 for others). Accepts Idempotency-Key.")
            .Produces<OrganResponse>(StatusCodes.Status201Created).CreateProblems()
            .RequireScope(OrgansModule.WriteScope);

    private static async Task<Created<OrganResponse>> Handle(CreateOrganRequest body, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var organ = await mediator.Send(new CreateOrganCommand(body), ct);
        return ETags.Created(http, $"{OrgansEndpoints.Root}/{organ.Id}", organ, o => o.Version);
    }
}

internal sealed record CreateOrganCommand(CreateOrganRequest Body) : ICommand<OrganResponse>;

internal sealed class CreateOrganValidator : AbstractValidator<CreateOrganCommand>
{
    public CreateOrganValidator()
    {
        RuleFor(c => c.Body.Name).OrganName();
        RuleFor(c => c.Body.ShortName).OrganShortName();
        RuleFor(c => c.Body.DivisionCode).DivisionCode();
        RuleFor(c => c.Body.UnifiedSocialCreditCode).NotEmpty()
            .Matches(UnifiedSocialCreditCode.ShapePattern).WithErrorCode(UnifiedSocialCreditCode.ShapeInvalid.Code).WithMessage(_ => UnifiedSocialCreditCode.ShapeInvalid.Title);
        RuleFor(c => c.Body.UsccCheckOverrideReason).MaximumLength(500);
        RuleFor(c => c.Body.Level).IsInEnum();
        RuleFor(c => c.Body.Type).IsInEnum();
        this.Headcount(c => c.Body.Headcount);
    }
}

internal sealed class CreateOrganHandler(
    OrganRepository organs, RankRepository ranks, OrganDirectory directory, BureauOrgan top, OrganScope scope, AuditTrail audit, IdGenerator ids, BusinessClock clock)
    : IRequestHandler<CreateOrganCommand, OrganResponse>
{
    public async Task<OrganResponse> Handle(CreateOrganCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var body = command.Body;
        var overrideReason = UnifiedSocialCreditCode.AcceptedOverride(body.UnifiedSocialCreditCode, body.UsccCheckOverrideReason, "unifiedSocialCreditCode");
        var checkPasses = overrideReason is null;
        await OrganRules.EnsureParentAsync(organs, body.ParentId, ct);
        await OrganRules.EnsureRanksExistAsync(ranks, clock, body.Level, body.DivisionCode, body.Headcount, ct);

        var now = clock.UtcNow;
        var row = new OrganRow
        {
            Id = ids.NewId(),
            Name = body.Name.Trim(),
            ShortName = body.ShortName?.Trim(),
            DivisionCode = body.DivisionCode,
            Uscc = body.UnifiedSocialCreditCode,
            UsccCheckOverridden = !checkPasses,
            UsccOverrideReason = checkPasses ? null : overrideReason,
            Level = body.Level,
            OrganType = body.Type,
            ParentId = body.ParentId,
            Status = OrganStatus.Active,
            IsBureau = body.IsBureau,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var headcount = body.Headcount ?? [];
        if (row.IsBureau)
        {
            await OrganRules.EnsureSoleBureauAsync(organs, directory, top, row.Id, row.DivisionCode, ct);
        }
        try
        {
            // The unique index on uscc is the duplicate check: no SELECT before the INSERT.
            await organs.InsertAsync(row, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(OrgansErrors.UsccTaken);
        }
        // A new organ has no headcount rows to delete first.
        await organs.InsertHeadcountAsync(row.Id, headcount, ct);
        audit.Record("Organ", row.Id, row.Id, AuditTrail.Diff(null, OrganMapping.Snapshot(row, headcount)));
        return OrganMapping.ToResponse(row, OrganMapping.Rows(row.Id, headcount));
    }
}
