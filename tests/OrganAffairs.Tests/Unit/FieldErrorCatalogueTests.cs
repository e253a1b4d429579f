using OrganAffairs.Shared.Http;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using OrganAffairs.Shared.Errors;
using OrganAffairs.Shared.Mediation;
using OrganAffairs.Tests.Architecture;
using Xunit;

namespace OrganAffairs.Tests.Unit;

/// <summary>
/// The field-error catalogue (ADR 0017): every FluentValidation built-in has a code of ours and a text
/// in both languages, and every validator kind a module uses is one of them — so a new kind cannot
/// slip through to a client as a class name.
/// </summary>
public sealed class FieldErrorCatalogueTests
{
    public FieldErrorCatalogueTests() => FieldErrorSettings.Apply();

    private enum Colour { Red = 1, Green = 2 }

    private sealed record Item(string? Note);

    private sealed record Sample(string? Text, int Number, decimal Amount, Colour Colour, DateOnly From, DateOnly To, IReadOnlyList<Item> Items);

    // Every built-in FluentValidation offers for a property, once each.
    private static InlineValidator<Sample> EveryBuiltIn()
    {
        var v = new InlineValidator<Sample>();
        v.RuleFor(s => s.Text).NotNull().NotEmpty().Null().Empty().MaximumLength(1).MinimumLength(1).Length(1, 2).Length(3)
            .Matches("^x$").EmailAddress().CreditCard().IsEnumName(typeof(Colour)).Equal("a").NotEqual("b")
            .Must(_ => false).MustAsync((_, _) => Task.FromResult(false));
        v.RuleFor(s => s.Number).GreaterThan(0).GreaterThanOrEqualTo(0).LessThan(0).LessThanOrEqualTo(0).InclusiveBetween(0, 1).ExclusiveBetween(0, 1);
        v.RuleFor(s => s.Amount).PrecisionScale(4, 2, false);
        v.RuleFor(s => s.Colour).IsInEnum();
        // The Shared validator whose number the contract states (maxItems).
        v.RuleFor(s => s.Items).MaxItems(1);
        return v;
    }

    [Fact]
    public void Every_built_in_validator_has_a_catalogue_entry_and_no_entry_is_stale()
    {
        var names = Components(EveryBuiltIn()).Select(c => c.Validator.Name).ToHashSet();

        Assert.Empty(names.Except(FieldErrors.ByValidator.Keys));
        Assert.Empty(FieldErrors.ByValidator.Keys.Except(names));
        // The brief's list, by the names FluentValidation gives them (PrecisionScale calls itself ScalePrecision).
        Assert.Subset(FieldErrors.ByValidator.Keys.ToHashSet(), new HashSet<string>
        {
            "NotEmptyValidator", "NotNullValidator", "MaximumLengthValidator", "MinimumLengthValidator", "LengthValidator",
            "ExactLengthValidator", "GreaterThanValidator", "GreaterThanOrEqualValidator", "LessThanValidator",
            "LessThanOrEqualValidator", "InclusiveBetweenValidator", "ExclusiveBetweenValidator", "RegularExpressionValidator",
            "EmailValidator", "EnumValidator", "PredicateValidator", "AsyncPredicateValidator", "ScalePrecisionValidator",
            "EqualValidator", "NotEqualValidator", "EmptyValidator", "NullValidator",
        });
    }

    [Fact]
    public void Every_validator_kind_the_modules_use_maps_to_a_catalogue_code()
    {
        var validators = ArchitectureRules.Modules.Append(typeof(FieldErrors).Assembly)
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IValidator).IsAssignableFrom(t))
            .ToList();
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in validators)
        {
            foreach (var component in Components(Create(type)))
            {
                used.Add(component.Validator.Name);
            }
        }

        Assert.True(validators.Count > 80, $"only {validators.Count} validators found");
        Assert.Contains("NotEmptyValidator", used);
        var unmapped = used.Where(name => !FieldErrors.ByValidator.ContainsKey(name)).ToList();
        Assert.True(unmapped.Count == 0, "no catalogue entry for " + string.Join(", ", unmapped));
    }

    [Fact]
    public void The_catalogue_is_small_stable_kebab_case_under_one_prefix_with_both_languages()
    {
        Assert.Equal(FieldErrors.All.Count, FieldErrors.All.Select(e => e.Code).Distinct().Count());
        Assert.All(FieldErrors.All, e =>
        {
            Assert.Matches("^field\\.[a-z]+(-[a-z]+)*$", e.Code);
            Assert.Equal(400, e.Status);
            Assert.Matches("\\p{IsCJKUnifiedIdeographs}", e.TitleZh);
            Assert.DoesNotMatch("\\p{IsCJKUnifiedIdeographs}", e.TitleEn);
        });
        Assert.All(FieldErrors.ByValidator.Values.Append(FieldErrors.Fallback).Append(FieldErrors.EnumNames), m =>
        {
            Assert.Contains("{PropertyName}", m.TemplateZh);
            Assert.Contains("{PropertyName}", m.TemplateEn);
            Assert.Matches("\\p{IsCJKUnifiedIdeographs}", m.TemplateZh);
            Assert.DoesNotMatch("\\p{IsCJKUnifiedIdeographs}", m.TemplateEn);
            // The same placeholders in both languages.
            Assert.Equal(Placeholders(m.TemplateZh), Placeholders(m.TemplateEn));
        });
        Assert.Empty(FieldErrors.ByValidator.Values.Select(m => m.Code).Except(FieldErrors.All));
        Assert.Empty(FieldErrors.All.Except(FieldErrors.ByValidator.Values.Select(m => m.Code)));
    }

    private sealed record Draft(string Title, int Attendees, DateOnly From, DateOnly To, decimal Amount, Colour Colour, IReadOnlyList<Item>? Items);

    private sealed record Command(Draft Body);

    private sealed class DraftValidator : AbstractValidator<Command>
    {
        public DraftValidator()
        {
            RuleFor(c => c.Body.Title).NotEmpty().MaximumLength(5);
            RuleFor(c => c.Body.Attendees).InclusiveBetween(1, 10_000);
            RuleFor(c => c.Body.To).GreaterThan(c => c.Body.From);
            RuleFor(c => c.Body.From).GreaterThanOrEqualTo(new DateOnly(2026, 1, 1));
            RuleFor(c => c.Body.Amount).PrecisionScale(6, 2, false);
            RuleFor(c => c.Body.Colour).IsInEnum();
            RuleForEach(c => c.Body.Items).ChildRules(i => i.RuleFor(x => x.Note).NotNull());
            RuleFor(c => c.Body.Items).Must(i => i is null || i.Count <= 1).WithMessage("At most one item ({PropertyName}).");
            RuleFor(c => c.Body.Title).Must(t => t != "xxxxxx").WithErrorCode("demo.title-taken");
        }
    }

    private static readonly Command Bad = new(new Draft(new string('x', 6), 0, new DateOnly(2025, 3, 2), new DateOnly(2025, 3, 1), 1.234m, (Colour)9, [new Item(null), new Item("n")]));

    private static IReadOnlyList<FieldError> Validate(string culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return new DraftValidator().Validate(Bad).Errors.Select(e => new FieldError(FieldNames.ToJsonPath(e.PropertyName), e.ErrorCode, e.ErrorMessage)).ToList();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Failures_carry_catalogue_codes_and_Chinese_messages_naming_the_member_as_sent()
    {
        Assert.Equal(
        [
            new("title", "field.too-long", "字段 title 最多 5 个字符，现有 6 个。"),
            new("attendees", "field.out-of-range", "字段 attendees 必须在 1 至 10000 之间（含两端）。"),
            new("to", "field.out-of-range", "字段 to 必须大于 from。"),
            new("from", "field.out-of-range", "字段 from 必须大于或等于 2026-01-01。"),
            new("amount", "field.too-many-digits", "字段 amount 最多 6 位数字，其中小数最多 2 位。"),
            new("colour", "field.not-in-list", "字段 colour 必须是以下名称之一（区分大小写）：Red, Green。"),
            new("items[0].note", "field.required", "字段 items[0].note 不能为空。"),
            new("items", "field.invalid", "At most one item (items)."),
            new("title", "demo.title-taken", "字段 title 的值无效。"),
        ], Validate("zh-CN"));
    }

    [Fact]
    public void English_is_given_for_en_cultures_and_Chinese_for_anything_else()
    {
        Assert.Equal(
        [
            "title must be at most 5 characters long; it has 6.",
            "attendees must be from 1 to 10000.",
            "to must be greater than from.",
            "from must be greater than or equal to 2026-01-01.",
            "amount may have at most 6 digits, 2 of them decimals.",
            "colour must be one of these names (case-sensitive): Red, Green.",
            "items[0].note is required.",
            "At most one item (items).",
            "title has an invalid value.",
        ], Validate("en-US").Select(e => e.Message));
        Assert.Equal(Validate("zh-CN"), Validate("fr-FR"));
    }

    private static SortedSet<string> Placeholders(string template) =>
        new(Regex.Matches(template, "\\{([A-Za-z]+)\\}").Select(m => m.Groups[1].Value), StringComparer.Ordinal);

    // A module validator as the container builds it; those with dependencies get harmless ones.
    private static IValidator Create(Type type)
    {
        var constructor = type.GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).OrderBy(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(object (p) => p.ParameterType switch
        {
            var t when t == typeof(TimeProvider) => TimeProvider.System,
            var t when t == typeof(OrganAffairs.Shared.Time.BusinessClock) => new OrganAffairs.Shared.Time.BusinessClock(TimeProvider.System, new OrganAffairs.Shared.Time.BusinessTimeOptions()),
            { IsGenericType: true } t when t.GetGenericTypeDefinition() == typeof(IEnumerable<>) => Array.CreateInstance(t.GetGenericArguments()[0], 0),
            // A module's options class with its defaults, as configuration binds it when unset.
            var t when t.Name.EndsWith("Options", StringComparison.Ordinal) && t.GetConstructor(Type.EmptyTypes) is not null => Activator.CreateInstance(t)!,
            var t => throw new InvalidOperationException($"{type.Name} needs a {t.Name}: teach this test to make one."),
        }).ToArray();
        return (IValidator)constructor.Invoke(arguments);
    }

    // Every component of every rule, into child validators (SetValidator, ChildRules) and dependent rules.
    private static IEnumerable<IRuleComponent> Components(IValidator validator) =>
        validator.CreateDescriptor().Rules.SelectMany(Components);

    private static IEnumerable<IRuleComponent> Components(IValidationRule rule)
    {
        foreach (var component in rule.Components)
        {
            if (component.Validator is IChildValidatorAdaptor adaptor)
            {
                foreach (var child in adaptor.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                             .Select(f => f.GetValue(adaptor)).OfType<IValidator>())
                {
                    foreach (var nested in Components(child))
                    {
                        yield return nested;
                    }
                }
                continue;
            }
            yield return component;
        }
        foreach (var nested in (rule.DependentRules ?? []).SelectMany(Components))
        {
            yield return nested;
        }
    }
}
