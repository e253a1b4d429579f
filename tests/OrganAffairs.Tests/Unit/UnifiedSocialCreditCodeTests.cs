using OrganAffairs.Shared.Checks;
using OrganAffairs.Shared.Errors;
using Xunit;

namespace OrganAffairs.Tests.Unit;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // the worked example published with GB 32100-2015
    [InlineData("11320100MB1234567A")]
    [InlineData("12100000400000624D")]
    public void Real_codes_pass(string code) => Assert.True(UnifiedSocialCreditCode.IsValid(code));

    [Theory]
    [InlineData("91350100M000100Y44")] // check character off by one
    [InlineData("91350100M000100Y4")] // 17 characters
    [InlineData("91350100M000100Y430")] // 19 characters
    [InlineData("91350100M0001I0Y43")] // I is not in the alphabet
    [InlineData("913501O0M000100Y43")] // O in the division part
    [InlineData("91A50100M000100Y43")] // a letter in positions 3–8
    [InlineData("91350100m000100Y43")] // lower case
    [InlineData("")]
    [InlineData(null)]
    public void Corrupted_codes_fail(string? code) => Assert.False(UnifiedSocialCreditCode.IsValid(code));

    [Fact]
    public void Every_single_character_change_is_caught()
    {
        const string code = "91350100M000100Y43";
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (var i = 0; i < 17; i++)
        {
            foreach (var c in alphabet.Where(c => c != code[i]))
            {
                var changed = code[..i] + c + code[(i + 1)..];
                if (UnifiedSocialCreditCode.HasValidShape(changed))
                {
                    Assert.False(UnifiedSocialCreditCode.IsValid(changed), changed);
                }
            }
        }
    }

    [Fact]
    public void Check_value_31_is_written_as_zero()
    {
        // Find a 17-character body whose weighted sum is 0 mod 31, so c = 31 → '0'.
        var body = "00000000000000000";
        Assert.Equal('0', UnifiedSocialCreditCode.CheckCharacter(body));
        Assert.True(UnifiedSocialCreditCode.IsValid(body + "0"));
    }

    [Fact]
    public void A_failing_check_is_accepted_only_with_a_reason_which_is_kept_trimmed()
    {
        Assert.Null(UnifiedSocialCreditCode.AcceptedOverride("91350100M000100Y43", "ignored", "uscc"));
        Assert.Equal("试点代码", UnifiedSocialCreditCode.AcceptedOverride("91350100M000100Y44", "  试点代码 ", "uscc"));
        var refused = Assert.Throws<ProblemException>(() => UnifiedSocialCreditCode.AcceptedOverride("91350100M000100Y44", "  ", "uscc"));
        var field = Assert.Single(refused.FieldErrors);
        Assert.Equal(("uscc", "credit-code.check-failed"), (field.Field, field.Code));
    }
}
