using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using OrganAffairs.Shared.Http;

namespace OrganAffairs.Host.OpenApi;

/// <summary>One member's limits as the validators state them (null: not stated).</summary>
internal sealed record MemberLimits
{
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public decimal? Minimum { get; init; }
    public bool ExclusiveMinimum { get; init; }
    public decimal? Maximum { get; init; }
    public bool ExclusiveMaximum { get; init; }
    public int? MinItems { get; init; }
    public int? MaxItems { get; init; }
    public string? Pattern { get; init; }
}

/// <summary>
/// Reads FluentValidation validators (their rules and components, see docs/adr/0039) into limits per (type, member):
/// a rule on <c>c =&gt; c.Body.Name</c> of a command limits <c>Name</c> of the body's type, so a command that wraps its
/// body maps to the body's schema without a list of pairs. Child validators (SetValidator, ChildRules, RuleForEach) are
/// followed. Conditional components are left out (the schema cannot say when they apply), and so is anything in a lambda
/// (Must) — rule data limits are checked in handlers against their tables and never appear here.
/// When two validators limit a shared type differently the document states the looser limit (what some operation accepts).
/// </summary>
internal sealed class ValidatorLimits
{
    private readonly Dictionary<(Type Owner, string Member, bool Items), MemberLimits> _limits = [];
    private readonly HashSet<object> _visited = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<(Type Projection, Type Body)> _projections = [];

    public static ValidatorLimits From(IEnumerable<IValidator> validators)
    {
        // Within one validator every component applies (the tighter limit); across validators of a shared type, the looser.
        var limits = new ValidatorLimits();
        foreach (var validator in validators)
        {
            var one = new ValidatorLimits();
            one.Read(validator);
            foreach (var (key, limit) in one._limits)
            {
                limits.Merge(key, limit, tight: false);
            }
            limits._projections.UnionWith(one._projections);
        }
        return limits;
    }

    /// <summary>Limits of <paramref name="owner"/>'s member (its JSON name, camelCase) or, with items, of its list's items.</summary>
    /// <remarks>A projection of the body the command validates instead (see <see cref="ProjectedBody"/>) lends its limits by member name.</remarks>
    public IEnumerable<(string Member, bool Items, MemberLimits Limits)> For(Type owner)
    {
        var owners = _projections.Where(p => p.Body == owner).Select(p => p.Projection).Append(owner).ToHashSet();
        return _limits.Where(l => owners.Contains(l.Key.Owner)).Select(l => (JsonNamingPolicy.CamelCase.ConvertName(l.Key.Member), l.Key.Items, l.Value));
    }

    private void Read(IValidator validator)
    {
        // Each instance once (ChildRules builds one per rule, so not by type).
        if (validator is not IEnumerable<IValidationRule> rules || !_visited.Add(validator))
        {
            return;
        }
        foreach (var rule in rules)
        {
            var (owner, member, memberType) = Target(rule);
            var items = IsCollectionRule(rule);
            foreach (var component in rule.Components)
            {
                if (component.HasCondition || component.HasAsyncCondition || rule.HasCondition || rule.HasAsyncCondition)
                {
                    continue;
                }
                if (component.Validator is IChildValidatorAdaptor child)
                {
                    if (ChildOf(child) is { } nested)
                    {
                        if (ProjectedBody(rule) is { } body)
                        {
                            _projections.Add((nested.GetType().GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)).GenericTypeArguments[0], body));
                        }
                        Read(nested);
                    }
                    continue;
                }
                if (owner is not null && Limit(component.Validator, items ? ElementType(memberType!) : memberType!) is { } limit)
                {
                    Merge((owner, member!, items), limit, tight: true);
                }
            }
        }
    }

    /// <summary>(type declaring the last member, member name) of a chain like c.Body.Name; nulls when it is no member chain.</summary>
    private static (Type? Owner, string? Member, Type? MemberType) Target(IValidationRule rule)
    {
        Expression? body = rule.Expression?.Body;
        while (body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert)
        {
            body = convert.Operand;
        }
        if (body is MemberExpression { Member: PropertyInfo property, Expression: { } parent })
        {
            return (parent.Type, property.Name, property.PropertyType);
        }
        return (null, null, null);
    }

    /// <summary>
    /// A command that validates a computed view of its body (<c>c =&gt; c.Draft</c>, a get-only member that is no constructor
    /// parameter, over the command's one body parameter): the body's type, whose members the view copies by name.
    /// </summary>
    private static Type? ProjectedBody(IValidationRule rule)
    {
        if (rule.Expression?.Body is not MemberExpression { Member: PropertyInfo { SetMethod: null } view, Expression: ParameterExpression command })
        {
            return null;
        }
        var parameters = command.Type.GetConstructors().SelectMany(c => c.GetParameters()).ToList();
        if (parameters.Any(p => string.Equals(p.Name, view.Name, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        var bodies = parameters.Where(p => p.ParameterType.IsClass && p.ParameterType != typeof(string)).Select(p => p.ParameterType).Distinct().ToList();
        return bodies.Count == 1 ? bodies[0] : null;
    }

    private static bool IsCollectionRule(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));

    /// <summary>The child validator of SetValidator/ChildRules (a fixed instance); null when it is made per value.</summary>
    private static IValidator? ChildOf(IChildValidatorAdaptor child)
    {
        var field = child.GetType().GetField("_validator", BindingFlags.Instance | BindingFlags.NonPublic);
        return field?.GetValue(child) as IValidator;
    }

    private static Type ElementType(Type list) =>
        list.GetInterfaces().Append(list).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GenericTypeArguments[0] ?? typeof(object);

    private static bool IsList(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    /// <summary>NotEmpty is a length for a string and an item count for a list; for a Guid or a date it is no schema limit.</summary>
    private static MemberLimits? Limit(IPropertyValidator validator, Type memberType) => validator switch
    {
        INotEmptyValidator when memberType == typeof(string) => new MemberLimits { MinLength = 1 },
        INotEmptyValidator when IsList(memberType) => new MemberLimits { MinItems = 1 },
        IExactLengthValidator exact => new MemberLimits { MinLength = exact.Min, MaxLength = exact.Max },
        ILengthValidator length => new MemberLimits { MinLength = length.Min > 0 ? length.Min : null, MaxLength = length.Max > 0 ? length.Max : null },
        IRegularExpressionValidator regex => new MemberLimits { Pattern = Ecma(regex.Expression) },
        IMaxItemsValidator maxItems => new MemberLimits { MaxItems = maxItems.Max },
        IBetweenValidator between when Number(between.From) is { } from && Number(between.To) is { } to =>
            validator.Name == "ExclusiveBetweenValidator"
                ? new MemberLimits { Minimum = from, ExclusiveMinimum = true, Maximum = to, ExclusiveMaximum = true }
                : new MemberLimits { Minimum = from, Maximum = to },
        IComparisonValidator { MemberToCompare: null } comparison when Number(comparison.ValueToCompare) is { } value => comparison.Comparison switch
        {
            Comparison.GreaterThan => new MemberLimits { Minimum = value, ExclusiveMinimum = true },
            Comparison.GreaterThanOrEqual => new MemberLimits { Minimum = value },
            Comparison.LessThan => new MemberLimits { Maximum = value, ExclusiveMaximum = true },
            Comparison.LessThanOrEqual => new MemberLimits { Maximum = value },
            _ => null,
        },
        _ => null,
    };

    private static decimal? Number(object? value) => value switch
    {
        int or long or short or byte or decimal or double or float => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>.NET anchors \A and \z are ^ and $ in the ECMA regular expressions of JSON Schema.</summary>
    private static string Ecma(string pattern) => pattern.Replace(@"\A", "^", StringComparison.Ordinal).Replace(@"\z", "$", StringComparison.Ordinal);

    private void Merge((Type, string, bool) key, MemberLimits limit, bool tight)
    {
        if (!_limits.TryGetValue(key, out var known))
        {
            _limits[key] = limit;
            return;
        }
        var (minimum, exclusiveMinimum) = Bound(known.Minimum, known.ExclusiveMinimum, limit.Minimum, limit.ExclusiveMinimum, lower: !tight, tight);
        var (maximum, exclusiveMaximum) = Bound(known.Maximum, known.ExclusiveMaximum, limit.Maximum, limit.ExclusiveMaximum, lower: tight, tight);
        _limits[key] = new MemberLimits
        {
            MinLength = Pick(known.MinLength, limit.MinLength, tight ? Math.Max : Math.Min),
            MaxLength = Pick(known.MaxLength, limit.MaxLength, tight ? Math.Min : Math.Max),
            Minimum = minimum,
            ExclusiveMinimum = exclusiveMinimum,
            Maximum = maximum,
            ExclusiveMaximum = exclusiveMaximum,
            MinItems = Pick(known.MinItems, limit.MinItems, tight ? Math.Max : Math.Min),
            MaxItems = Pick(known.MaxItems, limit.MaxItems, tight ? Math.Min : Math.Max),
            // Two patterns in one validator: the first is stated; different patterns of two validators: none.
            Pattern = known.Pattern == limit.Pattern || limit.Pattern is null ? known.Pattern : known.Pattern is null ? limit.Pattern : tight ? known.Pattern : null,
        };
    }

    /// <summary>Of two bounds, the lower (or higher) one; at equal values, exclusive wins when tight, inclusive when loose.</summary>
    private static (decimal?, bool) Bound(decimal? a, bool aExclusive, decimal? b, bool bExclusive, bool lower, bool tight)
    {
        if (a is not { } x)
        {
            return (b, bExclusive);
        }
        if (b is not { } y)
        {
            return (a, aExclusive);
        }
        if (x == y)
        {
            return (x, tight ? aExclusive || bExclusive : aExclusive && bExclusive);
        }
        return (lower ? x < y : x > y) ? (x, aExclusive) : (y, bExclusive);
    }

    private static int? Pick(int? a, int? b, Func<int, int, int> pick) => a is { } x && b is { } y ? pick(x, y) : a ?? b;
}
