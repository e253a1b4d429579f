using OrganAffairs.Reception.Domain;
using Xunit;

namespace OrganAffairs.Tests.Unit;

/// <summary>The most frequent sending units (issue 18 item 9): one credit code is one unit, ties broken by spending, then name.</summary>
public sealed class ReceptionSenderRankingTests
{
    private const string Code = "11110000MB0000001A";

    [Fact]
    public void One_credit_code_is_one_unit_shown_under_the_name_on_most_of_its_receptions()
    {
        var ranked = SenderRanking.Rank(
        [
            new SenderSum("国家某部", Code, 1, 2, 100, 10),
            new SenderSum("国家某部办公厅", Code.ToLowerInvariant(), 2, 4, 200, 20),
            new SenderSum(" 某县人民政府 ", null, 1, 3, 100, 5),
            new SenderSum("某县人民政府", "", 1, 1, 100, 5),
        ], 10);
        Assert.Equal(
            [
                new RankedSender(1, "国家某部办公厅", Code, 3, 6, 300, 30),
                new RankedSender(2, "某县人民政府", null, 2, 4, 200, 10),
            ], ranked);
    }

    [Fact]
    public void Equal_counts_rank_by_spending_then_by_name_and_top_cuts_the_list()
    {
        var ranked = SenderRanking.Rank(
        [
            new SenderSum("乙单位", null, 2, 2, 0, 100),
            new SenderSum("甲单位", null, 2, 2, 0, 100),
            new SenderSum("丙单位", null, 2, 2, 0, 101),
            new SenderSum("丁单位", null, 3, 2, 0, 0),
        ], 3);
        Assert.Equal(["丁单位", "丙单位", "乙单位"], ranked.Select(r => r.Name));
        Assert.Equal([1, 2, 3], ranked.Select(r => r.Rank));
    }
}
