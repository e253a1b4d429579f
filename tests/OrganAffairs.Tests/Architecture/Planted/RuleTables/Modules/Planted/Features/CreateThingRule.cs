// Planted: a create-version feature that supersedes by hand instead of calling RuleTable.AddVersionAsync.
namespace OrganAffairs.Planted.Features;

internal sealed class CreateThingRuleHandler(ThingRuleRepository rules, AuditTrail audit, IdGenerator ids)
{
    public async Task<ThingRuleRow> Handle(CreateThingRuleCommand command, CancellationToken ct)
    {
        var versions = await rules.VersionsAsync(command.Jurisdiction, ct);
        var plan = RuleVersionPlan<ThingRuleRow>.For(versions, command.EffectiveFrom);
        await plan.SupersedeAsync(PlantedErrors.VersionExists, audit, "ThingRule", v => v.Id, _ => null, rules.SetEffectiveToAsync, ct);
        var row = new ThingRuleRow { Id = ids.NewId(), Jurisdiction = command.Jurisdiction, EffectiveFrom = command.EffectiveFrom, EffectiveTo = plan.EffectiveTo };
        await rules.InsertAsync(row, ct);
        return row;
    }
}
