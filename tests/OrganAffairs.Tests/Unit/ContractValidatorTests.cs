using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Unit;

/// <summary>
/// The answer validator on a small OpenAPI 3.0 document. The first case is the lie wave 1 shipped: the purchase-standards
/// answer carried <c>"category": null</c> where the schema's member was a bare, non-nullable <c>$ref</c>.
/// </summary>
public sealed class ContractValidatorTests
{
    private const string Document = """
        {
          "openapi": "3.0.4",
          "info": { "title": "t", "version": "v1" },
          "paths": {
            "/api/v1/standards/{id}": {
              "get": {
                "operationId": "Standards_Get",
                "responses": {
                  "200": { "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Standard" } } } },
                  "404": { "description": "Not Found", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } }
                }
              }
            },
            "/api/v1/standards/export": {
              "get": {
                "operationId": "Standards_Export",
                "responses": { "200": { "description": "OK", "content": { "text/csv": { "schema": { "type": "string" } } } } }
              }
            },
            "/api/v1/open/{id}": {
              "get": {
                "operationId": "Open_Get",
                "responses": { "200": { "description": "OK", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Open" } } } } } }
              }
            }
          },
          "components": {
            "schemas": {
              "VehicleCategory": { "enum": [ "Sedan", "Bus" ], "type": "string" },
              "Standard": {
                "required": [ "code", "category" ],
                "type": "object",
                "properties": {
                  "code": { "type": "string" },
                  "category": { "$ref": "#/components/schemas/VehicleCategory" },
                  "bodyType": { "allOf": [ { "$ref": "#/components/schemas/VehicleCategory" } ], "nullable": true },
                  "note": { "type": "string", "nullable": true },
                  "typedBodyType": { "type": "string", "allOf": [ { "$ref": "#/components/schemas/VehicleCategory" } ], "nullable": true },
                  "figures": { "type": "object", "allOf": [ { "$ref": "#/components/schemas/Figures" } ], "nullable": true },
                  "version": { "type": "integer", "format": "int64" }
                },
                "additionalProperties": false
              },
              "Figures": { "required": [ "count" ], "type": "object", "properties": { "count": { "type": "integer", "format": "int32" } }, "additionalProperties": false },
              "Open": { "required": [ "id" ], "type": "object", "properties": { "id": { "type": "string", "format": "uuid" } } },
              "Problem": {
                "required": [ "code", "status" ],
                "type": "object",
                "properties": { "code": { "type": "string" }, "status": { "type": "integer", "format": "int32" } },
                "additionalProperties": false
              }
            }
          }
        }
        """;

    private static readonly Lazy<Task<ContractValidator>> Validator = new(() => ContractValidator.LoadAsync(Document));

    private static async Task<IReadOnlyList<string>> Check(string body, string path = "/api/v1/standards/0b1c", int status = 200, string mediaType = "application/json", string method = "GET") =>
        (await Validator.Value).Check(method, path, status, mediaType, body);

    [Fact]
    public async Task A_null_where_the_ref_is_not_nullable_is_refused_with_operation_status_path_and_value()
    {
        var breaches = await Check("""{"code":"C1","category":null,"bodyType":null}""");
        Assert.NotEmpty(breaches);
        Assert.All(breaches, breach =>
        {
            Assert.StartsWith("Standards_Get (GET /api/v1/standards/{id}) answered 200 application/json: ", breach);
            Assert.Contains(" at $.category: null", breach);
        });
    }

    [Fact]
    public async Task A_null_where_the_ref_is_allOf_and_nullable_is_accepted() =>
        Assert.Empty(await Check("""{"code":"C1","category":"Bus","bodyType":null,"note":null}"""));

    [Fact]
    public async Task A_null_where_the_ref_is_allOf_with_its_type_beside_nullable_is_accepted() =>
        // The form Redocly's nullable-type-sibling rule asks for: the type stands beside nullable.
        Assert.Empty(await Check("""{"code":"C1","category":"Bus","typedBodyType":null,"figures":null}"""));

    [Fact]
    public async Task A_nullable_object_ref_still_checks_its_schema_when_it_has_a_value()
    {
        Assert.Empty(await Check("""{"code":"C1","category":"Bus","figures":{"count":3}}"""));
        Assert.Contains("PropertyRequired at $.figures.count", Assert.Single(await Check("""{"code":"C1","category":"Bus","figures":{}}""")));
        Assert.Contains("$.typedBodyType", Assert.Single(await Check("""{"code":"C1","category":"Bus","typedBodyType":"Truck"}""")));
    }

    [Fact]
    public async Task A_nullable_ref_still_checks_its_schema_when_it_has_a_value()
    {
        var breach = Assert.Single(await Check("""{"code":"C1","category":"Bus","bodyType":"Truck"}"""));
        Assert.Contains("$.bodyType", breach);
        Assert.Contains("\"Truck\"", breach);
    }

    [Fact]
    public async Task A_null_string_that_is_not_nullable_is_refused() =>
        Assert.Contains("$.code", Assert.Single(await Check("""{"code":null,"category":"Bus"}""")));

    [Fact]
    public async Task A_missing_required_member_is_refused()
    {
        var breach = Assert.Single(await Check("""{"category":"Sedan"}"""));
        Assert.Contains("PropertyRequired at $.code", breach);
    }

    [Fact]
    public async Task An_extra_member_is_refused_where_the_schema_closes_the_object() =>
        Assert.Contains("$.extra", Assert.Single(await Check("""{"code":"C1","category":"Bus","extra":1}""")));

    [Fact]
    public async Task An_extra_member_is_allowed_where_the_schema_leaves_the_object_open() =>
        Assert.Empty(await Check("""[{"id":"0b1c5f34-5a8e-4d1c-9f0e-6c2d1a7b8e90","extra":1}]""", path: "/api/v1/open/7"));

    [Fact]
    public async Task A_wrong_type_deep_in_an_array_is_refused_with_its_path() =>
        Assert.Contains("$[0].id", Assert.Single(await Check("""[{"id":"not-a-uuid"}]""", path: "/api/v1/open/7")));

    [Fact]
    public async Task A_problem_is_checked_against_its_problem_schema()
    {
        Assert.Empty(await Check("""{"code":"x.not-found","status":404}""", status: 404, mediaType: "application/problem+json"));
        Assert.Contains("$.status", Assert.Single(await Check("""{"code":"x.not-found","status":"404"}""", status: 404, mediaType: "application/problem+json")));
    }

    [Fact]
    public async Task An_undeclared_status_or_content_type_is_a_breach()
    {
        Assert.Contains("declares no 500 answer", Assert.Single(await Check("{}", status: 500, mediaType: "application/problem+json")));
        Assert.Contains("declares no application/json content for 404", Assert.Single(await Check("{}", status: 404)));
    }

    [Fact]
    public async Task A_literal_segment_wins_over_a_template_and_answers_that_are_not_json_are_skipped()
    {
        Assert.Empty(await Check("code;category\nC1;Bus", path: "/api/v1/standards/export", mediaType: "text/csv"));
        // JSON from the export route is checked against the export operation, not against /standards/{id}.
        Assert.Contains("Standards_Export", Assert.Single(await Check("""{"code":"C1","category":"Bus"}""", path: "/api/v1/standards/export")));
    }

    [Fact]
    public async Task A_path_no_operation_matches_is_a_breach() =>
        Assert.Contains("no operation of the document matches", Assert.Single(await Check("{}", path: "/api/v1/nowhere")));

    [Fact]
    public async Task A_problem_for_a_path_no_operation_matches_keeps_the_schema_named_for_it()
    {
        var validator = await ContractValidator.LoadAsync(Document, unmatchedProblemSchema: "Problem");
        Assert.Empty(validator.Check("GET", "/api/v1/nowhere", 404, "application/problem+json", """{"code":"route.not-found","status":404}"""));
        Assert.Contains("PropertyRequired at $.code", Assert.Single(validator.Check("GET", "/api/v1/nowhere", 404, "application/problem+json", """{"status":404}""")));
        Assert.Contains("no operation of the document matches", Assert.Single(validator.Check("GET", "/api/v1/nowhere", 200, "application/json", "{}")));
    }
}
