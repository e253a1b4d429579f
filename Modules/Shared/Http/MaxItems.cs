using FluentValidation;
using FluentValidation.Validators;

namespace OrganAffairs.Shared.Http;

/// <summary>
/// A list member's item ceiling as a validator the OpenAPI document can read (it states it as <c>maxItems</c>);
/// a <c>Must(l =&gt; l.Count &lt;= n)</c> would hide the number in a lambda. Null passes (NotNull/NotEmpty say whether it is required).
/// </summary>
public interface IMaxItemsValidator : IPropertyValidator
{
    int Max { get; }
}

public sealed class MaxItemsValidator<T, TCollection>(int max) : PropertyValidator<T, TCollection>, IMaxItemsValidator
    where TCollection : System.Collections.IEnumerable?
{
    public int Max { get; } = max;

    public override string Name => "MaxItemsValidator";

    public override bool IsValid(ValidationContext<T> context, TCollection value)
    {
        if (value is null)
        {
            return true;
        }
        var count = 0;
        foreach (var _ in value)
        {
            if (++count > Max)
            {
                context.MessageFormatter.AppendArgument("MaxItems", Max);
                return false;
            }
        }
        return true;
    }
}

public static class MaxItemsExtensions
{
    /// <summary>At most <paramref name="max"/> items (null passes).</summary>
    public static IRuleBuilderOptions<T, TCollection> MaxItems<T, TCollection>(this IRuleBuilder<T, TCollection> rule, int max)
        where TCollection : System.Collections.IEnumerable? =>
        rule.SetValidator(new MaxItemsValidator<T, TCollection>(max));
}
