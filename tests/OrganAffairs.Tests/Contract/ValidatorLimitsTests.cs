using System.Text.Json;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using OrganAffairs.Host.OpenApi;
using OrganAffairs.Shared.Http;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Contract;

/// <summary>
/// The document states the limits the validators enforce (docs/adr/0039): the expected numbers are read from the
/// validators' own rules here, never copied, so a changed validator changes the document (and the committed
/// openapi.yaml then differs until it is regenerated).
/// </summary>
public sealed class ValidatorLimitsTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private async Task<JsonElement> SchemaAsync(string name)
    {
        using var document = JsonDocument.Parse(await fixture.Client.GetStringAsync("/swagger/v1/swagger.json"));
        return document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(name).Clone();
    }

    private TValidator Validator<TValidator>() where TValidator : IValidator =>
        fixture.Factory.Services.GetServices<IValidator>().OfType<TValidator>().FirstOrDefault()
        ?? ValidatorLimitsSchemaFilter.RegisteredValidators(fixture.Factory.Services).OfType<TValidator>().Single();

    /// <summary>The components of the rule on <paramref name="member"/> (its path as the rule names it, e.g. Body.Name).</summary>
    private static List<IPropertyValidator> Rules(IValidator validator, string member) =>
        ((IEnumerable<IValidationRule>)validator).Where(r => r.PropertyName == member || MemberPath(r) == member)
            .SelectMany(r => r.Components).Where(c => !c.HasCondition).Select(c => c.Validator).ToList();

    private static string? MemberPath(IValidationRule rule) =>
        rule.Expression?.Body is System.Linq.Expressions.MemberExpression m ? m.ToString()[(m.ToString().IndexOf('.') + 1)..] : null;

    [Fact]
    public async Task An_organs_body_carries_its_validators_lengths_and_the_credit_code_pattern()
    {
        var validator = Validator<OrganAffairs.Organs.Features.CreateOrganValidator>();
        var schema = (await SchemaAsync("CreateOrganRequest")).GetProperty("properties");

        var name = Rules(validator, "Body.Name");
        Assert.Equal(name.OfType<IMaximumLengthValidator>().Single().Max, schema.GetProperty("name").GetProperty("maxLength").GetInt32());
        Assert.Equal(1, schema.GetProperty("name").GetProperty("minLength").GetInt32());
        Assert.Single(name.OfType<INotEmptyValidator>());
        Assert.Equal(Rules(validator, "Body.ShortName").OfType<IMaximumLengthValidator>().Single().Max, schema.GetProperty("shortName").GetProperty("maxLength").GetInt32());
        var uscc = Rules(validator, "Body.UnifiedSocialCreditCode").OfType<IRegularExpressionValidator>().Single().Expression;
        Assert.Equal(uscc.Replace(@"\z", "$"), schema.GetProperty("unifiedSocialCreditCode").GetProperty("pattern").GetString());
        Assert.Equal(50, Rules(validator, "Body.Headcount").OfType<IMaxItemsValidator>().Single().Max);
        Assert.Equal(50, schema.GetProperty("headcount").GetProperty("maxItems").GetInt32());

        // The headcount lines' child rules (RuleForEach … ChildRules) limit the item schema.
        var item = (await SchemaAsync("HeadcountItem")).GetProperty("properties");
        Assert.Equal(50, item.GetProperty("rankCode").GetProperty("maxLength").GetInt32());
        Assert.Equal(0, item.GetProperty("approved").GetProperty("minimum").GetInt32());
        Assert.Equal(100_000, item.GetProperty("approved").GetProperty("maximum").GetInt32());
    }

    [Fact]
    public async Task A_bookings_body_carries_the_limits_of_the_draft_its_command_validates()
    {
        var validator = Validator<OrganAffairs.Buildings.Support.BookingDraftValidator>();
        var schema = (await SchemaAsync("CreateBookingRequest")).GetProperty("properties");

        var attendees = Rules(validator, "Attendees").OfType<IBetweenValidator>().Single();
        Assert.Equal(Convert.ToInt32(attendees.From), schema.GetProperty("attendees").GetProperty("minimum").GetInt32());
        Assert.Equal(Convert.ToInt32(attendees.To), schema.GetProperty("attendees").GetProperty("maximum").GetInt32());
        Assert.Equal(Rules(validator, "Title").OfType<IMaximumLengthValidator>().Single().Max, schema.GetProperty("title").GetProperty("maxLength").GetInt32());
        Assert.Equal(Rules(validator, "AddOns").OfType<IMaxItemsValidator>().Single().Max, schema.GetProperty("addOns").GetProperty("maxItems").GetInt32());
        // A Guid's NotEmpty is no length.
        Assert.False(schema.GetProperty("roomId").TryGetProperty("minLength", out _));
    }

    [Fact]
    public async Task A_reception_cost_line_carries_its_ranges_and_item_ceiling()
    {
        var validator = Validator<OrganAffairs.Reception.Features.RecordCostValidator>();
        var schema = (await SchemaAsync("RecordReceptionCostRequest")).GetProperty("properties");

        var persons = Rules(validator, "Body.Persons").OfType<IBetweenValidator>().Single();
        Assert.Equal(Convert.ToInt32(persons.From), schema.GetProperty("persons").GetProperty("minimum").GetInt32());
        Assert.Equal(Convert.ToInt32(persons.To), schema.GetProperty("persons").GetProperty("maximum").GetInt32());
        Assert.Equal(Rules(validator, "Body.ReceiptReference").OfType<IMaximumLengthValidator>().Single().Max, schema.GetProperty("receiptReference").GetProperty("maxLength").GetInt32());
        Assert.Equal(Rules(validator, "Body.Items").OfType<IMaxItemsValidator>().Single().Max, schema.GetProperty("items").GetProperty("maxItems").GetInt32());
        // amount > 0: an exclusive minimum.
        Assert.Equal(0, schema.GetProperty("amount").GetProperty("minimum").GetInt32());
        Assert.True(schema.GetProperty("amount").GetProperty("exclusiveMinimum").GetBoolean());
    }

    [Theory]
    [InlineData(80, 3, 12)]
    [InlineData(81, 4, 11)]
    public void The_filter_writes_what_the_validator_says_not_a_copy(int maxLength, int minimum, int maxItems)
    {
        var limits = ValidatorLimits.From([new PlantedValidator(maxLength, minimum, maxItems)]);
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["name"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["count"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
                ["tags"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        };
        foreach (var (member, items, limit) in limits.For(typeof(PlantedBody)))
        {
            var target = items ? ((OpenApiSchema)schema.Properties[member]).Items : schema.Properties[member];
            ValidatorLimitsSchemaFilter.Write((OpenApiSchema)target!, limit);
        }
        Assert.Equal(maxLength, schema.Properties["name"].MaxLength);
        Assert.Equal((minimum + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), schema.Properties["count"].Minimum); // > minimum, an integer
        Assert.Equal(maxItems, schema.Properties["tags"].MaxItems);
        Assert.Equal(20, ((OpenApiSchema)schema.Properties["tags"]).Items!.MaxLength);
        Assert.Null(schema.Properties["name"].Pattern); // the conditional Matches is left out
    }

    [Fact]
    public void Two_validators_of_one_body_state_the_looser_limit()
    {
        var limits = ValidatorLimits.From([new PlantedValidator(80, 3, 12), new PlantedValidator(100, 5, 10)]).For(typeof(PlantedBody)).ToList();
        Assert.Equal(100, limits.Single(l => l.Member == "name").Limits.MaxLength);
        Assert.Equal(3, limits.Single(l => l.Member == "count").Limits.Minimum);
        Assert.Equal(12, limits.Single(l => l.Member == "tags" && !l.Items).Limits.MaxItems);
    }

    public sealed record PlantedBody(string Name, int Count, IReadOnlyList<string>? Tags);

    public sealed record PlantedCommand(Guid Id, PlantedBody Body);

    private sealed class PlantedValidator : AbstractValidator<PlantedCommand>
    {
        public PlantedValidator(int maxLength, int minimum, int maxItems)
        {
            RuleFor(c => c.Body.Name).NotEmpty().MaximumLength(maxLength);
            RuleFor(c => c.Body.Name).Matches("^[a-z]+$").When(c => c.Id != Guid.Empty);
            RuleFor(c => c.Body.Count).GreaterThan(minimum);
            RuleFor(c => c.Body.Tags).MaxItems(maxItems);
            RuleForEach(c => c.Body.Tags).MaximumLength(20);
        }
    }
}
