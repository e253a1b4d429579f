using FluentMigrator;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.ForeignAffairs.Migrations;

/// <summary>The seeded national rule versions cite the register's documents they take their numbers from (issue 21 item 6, docs/adr/0052).</summary>
[Migration(16, "Seeded national rule versions cite their register documents")]
[Tags(ForeignAffairsModule.Name)]
public sealed class M0016_CiteSeededDocuments : ModuleMigration
{
    public override void Up()
    {
        CiteSeededDocument("foreign_affairs_rule", SeededRuleDocuments.OutboundVisits.Id, "中办发〔2013〕16号");
        CiteSeededDocument("foreign_affairs_rule", SeededRuleDocuments.OutboundFunding.Id, "财行〔2013〕516号");
        CiteSeededDocument("foreign_affairs_rule", SeededRuleDocuments.ForeignGuests.Id, "财行〔2013〕533号");
    }
}
