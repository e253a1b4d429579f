using System.Data;
using System.Text.Json;
using Dapper;
using FluentMigrator;
using OrganAffairs.Shared.Migrations;

namespace OrganAffairs.ForeignAffairs.Migrations;

/// <summary>
/// One row per member of a delegation (foreign_affairs_member): the person, their unit, post and rank when added, the travel
/// document (kind and encrypted number) and its hand-back. The members the visit rows kept as JSON move into it, in order;
/// the visit's JSON column is emptied (it stays, unused, because dropping a column is not portable).
/// </summary>
[Migration(4, "Members of a delegation as rows")]
[Tags(ForeignAffairsModule.Name)]
public sealed class M0004_Members : ModuleMigration
{
    public override void Up()
    {
        Create.Table("foreign_affairs_member")
            .WithColumn("id").AsGuid().PrimaryKey("pk_foreign_affairs_member")
            .WithColumn("visit_id").AsGuid().NotNullable()
                .ForeignKey("fk_foreign_affairs_member_visit", "foreign_affairs_visit", "id")
            .WithColumn("position").AsInt32().NotNullable()
            .WithColumn("staff_member_id").AsGuid().NotNullable()
            .WithColumn("person_name").AsString(100).Nullable()
            .WithColumn("organ_id").AsGuid().Nullable()
            .WithColumn("role").AsString(20).NotNullable()
            .WithColumn("post").AsString(100).Nullable()
            .WithColumn("rank_code").AsString(40).Nullable()
            .WithColumn("document_kind").AsString(30).Nullable()
            .WithColumn("document_number").AsString(1000).Nullable()
            .WithColumn("handed_back_on").AsDate().Nullable();
        Create.Index("ix_foreign_affairs_member_visit").OnTable("foreign_affairs_member").OnColumn("visit_id").Ascending();
        Create.Index("ix_foreign_affairs_member_staff").OnTable("foreign_affairs_member").OnColumn("staff_member_id").Ascending();
        Execute.WithConnection(CopyJsonMembers);
    }

    private sealed class VisitMembers
    {
        public Guid Id { get; set; }
        public string Members { get; set; } = "[]";
    }

    private sealed record JsonMember(Guid StaffMemberId, string Role, string? Post);

    private static void CopyJsonMembers(IDbConnection connection, IDbTransaction transaction)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        foreach (var visit in connection.Query<VisitMembers>("SELECT id, members FROM foreign_affairs_visit", transaction: transaction))
        {
            var members = JsonSerializer.Deserialize<List<JsonMember>>(visit.Members, options) ?? [];
            for (var i = 0; i < members.Count; i++)
            {
                connection.Execute(
                    "INSERT INTO foreign_affairs_member (id, visit_id, position, staff_member_id, role, post) VALUES (@Id, @VisitId, @Position, @StaffMemberId, @Role, @Post)",
                    new { Id = Guid.NewGuid(), VisitId = visit.Id, Position = i, members[i].StaffMemberId, members[i].Role, members[i].Post }, transaction);
            }
        }
        connection.Execute("UPDATE foreign_affairs_visit SET members = '[]'", transaction: transaction);
    }
}
