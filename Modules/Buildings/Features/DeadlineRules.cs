using FluentValidation;
using MediatR;
using OrganAffairs.Buildings.Data;
using OrganAffairs.Contracts.Buildings;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Shared.Audit;
using OrganAffairs.Shared.Data;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Rules;
using OrganAffairs.Shared.Security;

namespace OrganAffairs.Buildings.Features;

internal sealed record ListDeadlineRulesQuery : IQuery<IReadOnlyList<DeadlineRuleResponse>>;

internal sealed class ListDeadlineRulesHandler(RecoveryRepository recovery) : IRequestHandler<ListDeadlineRulesQuery, IReadOnlyList<DeadlineRuleResponse>>
{
    public async Task<IReadOnlyList<DeadlineRuleResponse>> Handle(ListDeadlineRulesQuery query, CancellationToken ct) =>
        (await recovery.RulesAsync(null, null, ct)).Select(r => r.ToResponse()).ToList();
}

internal sealed record CreateDeadlineRuleCommand(CreateDeadlineRuleRequest Body) : ICommand<DeadlineRuleResponse>;

internal sealed class CreateDeadlineRuleValidator : AbstractValidator<CreateDeadlineRuleCommand>
{
    public CreateDeadlineRuleValidator()
    {
        RuleFor(c => c.Body.Jurisdiction).NotEmpty().Must(Jurisdictions.IsJurisdiction)
            .WithErrorCode(BuildingsErrors.Jurisdiction.Code).WithMessage(_ => BuildingsErrors.Jurisdiction.Title);
        RuleFor(c => c.Body.Code).Must(c => DeadlineRuleRow.Codes.Contains(c))
            .WithErrorCode(BuildingsErrors.DeadlineRuleCode.Code).WithMessage(_ => BuildingsErrors.DeadlineRuleCode.Title);
        RuleFor(c => c.Body.Months).InclusiveBetween(1, 24);
        RuleFor(c => c.Body.EffectiveFrom).NotEmpty();
        RuleFor(c => c.Body.Source).NotEmpty().MaximumLength(500);
    }
}

/// <summary>A new version of a deadline rule; the version in force on its start ends the day before. Admin scope, bureau only.</summary>
internal sealed class CreateDeadlineRuleHandler(RecoveryRepository recovery, OrganScope scope, AuditTrail audit, IdGenerator ids)
    : IRequestHandler<CreateDeadlineRuleCommand, DeadlineRuleResponse>
{
    public async Task<DeadlineRuleResponse> Handle(CreateDeadlineRuleCommand command, CancellationToken ct)
    {
        scope.EnsureSeesAll();
        var body = command.Body;
        var versions = await recovery.RulesAsync(body.Code, [body.Jurisdiction], ct);
        var plan = RuleVersionPlan<DeadlineRuleRow>.For(versions, body.EffectiveFrom);
        await plan.SupersedeAsync(BuildingsErrors.DeadlineRuleVersionExists, audit, "DeadlineRule", v => v.Id, recovery.SetRuleEndAsync, ct);
        var row = new DeadlineRuleRow
        {
            Id = ids.NewId(), Jurisdiction = body.Jurisdiction, Code = body.Code, Months = body.Months, EffectiveFrom = body.EffectiveFrom,
            EffectiveTo = plan.EffectiveTo, Source = body.Source.Trim(),
        };
        try
        {
            await recovery.InsertRuleAsync(row, ct);
        }
        catch (Exception ex) when (SqlDialect.IsUniqueViolation(ex))
        {
            throw new ProblemException(BuildingsErrors.DeadlineRuleVersionExists);
        }
        audit.Record("DeadlineRule", row.Id, null, AuditTrail.Diff(null, row.ToResponse()));
        return row.ToResponse();
    }
}
