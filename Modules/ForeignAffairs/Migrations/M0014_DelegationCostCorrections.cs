using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.ForeignAffairs.Migrations;

/// <summary>
/// Corrections of incoming delegations' costs, as the outbound expense corrections (migration 7): a correction is a cost row of its
/// own whose amount is the signed difference, naming the row it corrects and why.
/// </summary>
[Migration(14, "Corrections of incoming delegation costs")]
[Tags(ForeignAffairsModule.Name)]
public sealed class M0014_DelegationCostCorrections : ModuleMigration
{
    public override void Up()
    {
        Alter.Table("foreign_affairs_delegation_cost")
            .AddColumn("corrects_id").AsGuid().Nullable()
            .AddColumn("reason").AsString(500).Nullable();
    }
}
