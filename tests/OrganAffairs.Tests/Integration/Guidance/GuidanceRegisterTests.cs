using System.Net;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using OrganAffairs.Contracts.Access;
using OrganAffairs.Contracts.Common;
using OrganAffairs.Contracts.Guidance;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Integration.Guidance;

/// <summary>The rules and systems register (制度, issue 21 item 6): documents in their status with the dates it needs, supersession, the Contracts check of a document id.</summary>
public abstract class GuidanceRegisterTests(ApiFixture fixture)
{
    private const string Url = "/api/v1/guidance/documents";
    private HttpClient Admin => fixture.Client;

    private static object Document(
        string status = "InForce", string? number = "国管办〔2026〕1号", string? publishedOn = "2026-01-05", string? effectiveOn = "2026-02-05", string? expiresOn = null,
        Guid? supersedesId = null, string jurisdiction = "national", string? sourceUrl = "https://www.gov.cn/zhengce/content.htm", string? issuedOn = "2026-01-01") => new
    {
        title = "党政机关办公用房管理办法", documentNumber = number, issuer = "国务院机关事务管理局", type = "NormativeDocument", jurisdiction, status, trial = false,
        issuedOn, publishedOn, effectiveOn, expiresOn, registrationNumber = (string?)null, sourceUrl, supersedesId,
    };

    private async Task<RuleDocumentResponse> CreateAsync(object body) =>
        await (await Admin.PostJsonAsync(Url, body)).ReadAsync<RuleDocumentResponse>(HttpStatusCode.Created);

    [ProviderFact]
    public async Task A_document_is_registered_read_listed_and_replaced_by_its_successor()
    {
        var first = await CreateAsync(Document(expiresOn: "2031-02-04"));
        Assert.Equal((RuleDocumentStatus.InForce, "国管办〔2026〕1号", new DateOnly(2031, 2, 4)), (first.Status, first.DocumentNumber, first.ExpiresOn!.Value));
        Assert.Equal(first, await (await Admin.GetAsync($"{Url}/{first.Id}")).ReadAsync<RuleDocumentResponse>());

        var draft = await CreateAsync(Document(status: "Draft", number: null, publishedOn: null, effectiveOn: null, jurisdiction: "320100"));
        Assert.Equal(RuleDocumentStatus.Draft, draft.Status);

        // The successor in force replaces the first: linked both ways, the first Superseded.
        var second = await CreateAsync(Document(number: "国管办〔2026〕9号", publishedOn: "2026-06-01", effectiveOn: "2026-07-01", supersedesId: first.Id));
        Assert.Equal(first.Id, second.SupersedesId);
        var replaced = await (await Admin.GetAsync($"{Url}/{first.Id}")).ReadAsync<RuleDocumentResponse>();
        Assert.Equal((RuleDocumentStatus.Superseded, second.Id), (replaced.Status, replaced.SupersededById));
        await (await Admin.PostJsonAsync(Url, Document(supersedesId: first.Id))).ProblemAsync(HttpStatusCode.Conflict, "guidance.document-already-superseded");

        var national = await (await Admin.GetAsync($"{Url}?jurisdiction=national&status=Superseded&pageSize=200")).ReadAsync<PagedResult<RuleDocumentResponse>>();
        Assert.Contains(national.Items, d => d.Id == first.Id);
        Assert.All(national.Items, d => Assert.Equal((RuleDocumentStatus.Superseded, "national"), (d.Status, d.Jurisdiction)));
        var drafts = await (await Admin.GetAsync($"{Url}?status=Draft&type=NormativeDocument&pageSize=200")).ReadAsync<PagedResult<RuleDocumentResponse>>();
        Assert.Equal([draft.Id], drafts.Items.Select(d => d.Id));

        // The Contracts query the rule tables use.
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganAffairs.Shared.Security.CurrentPrincipal>().SetSystem();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        Assert.True(await mediator.Send(new RuleDocumentExists(second.Id)));
        Assert.False(await mediator.Send(new RuleDocumentExists(Guid.NewGuid())));
    }

    [ProviderFact]
    public async Task A_status_without_its_dates_or_dates_out_of_order_are_400_and_nothing_is_written()
    {
        var before = await fixture.CountAsync("guidance_rule_document");
        var cases = new (object Body, string[] Fields)[]
        {
            (Document(number: null, publishedOn: null), ["documentNumber:field.required", "publishedOn:field.required"]),
            (Document(effectiveOn: null), ["effectiveOn:field.required"]),
            (Document(status: "Consultation", number: null), ["publishedOn:field.must-be-empty", "effectiveOn:field.must-be-empty"]),
            (Document(publishedOn: "2026-03-01", effectiveOn: "2026-02-28"), ["effectiveOn:guidance.dates-out-of-order"]),
            (Document(issuedOn: "2026-01-06"), ["publishedOn:guidance.dates-out-of-order"]),
            (Document(expiresOn: "2026-02-04"), ["expiresOn:guidance.dates-out-of-order"]),
            (Document(jurisdiction: "3201"), ["jurisdiction:guidance.jurisdiction-invalid"]),
            (Document(sourceUrl: "ftp://example.org/a"), ["sourceUrl:guidance.source-url-invalid"]),
            (Document(supersedesId: Guid.NewGuid()), ["supersedesId:guidance.document-ref-not-found"]),
        };
        foreach (var (body, fields) in cases)
        {
            var problem = await (await Admin.PostJsonAsync(Url, body)).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
            Assert.Equal(fields.Order(), problem.FieldErrors().Order());
        }
        var long201 = new string('题', 201);
        var tooLong = await (await Admin.PostJsonAsync(Url, new
        {
            title = long201, documentNumber = "1", issuer = "局", type = "Notice", jurisdiction = "national", status = "Draft", trial = false,
            issuedOn = (string?)null, publishedOn = (string?)null, effectiveOn = (string?)null, expiresOn = (string?)null, registrationNumber = (string?)null, sourceUrl = (string?)null,
            supersedesId = (Guid?)null,
        })).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("title:field.too-long", tooLong.FieldErrors());
        await (await Admin.GetAsync($"{Url}?status=Pending")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Admin.GetAsync($"{Url}?jurisdiction=32")).ProblemAsync(HttpStatusCode.BadRequest, "request.invalid");
        await (await Admin.GetAsync($"{Url}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound, "guidance.document-not-found");
        Assert.Equal(before, await fixture.CountAsync("guidance_rule_document"));
    }

    [ProviderFact]
    public async Task Registering_is_the_top_bureaus_work_and_reading_is_everyones_with_the_scope()
    {
        var document = await CreateAsync(Document(status: "Published", effectiveOn: null));
        var organ = await VehiclesApiTests.OrganWithQuotaAsync(Admin, division: "320102", level: "County");
        var key = await (await Admin.PostJsonAsync("/api/v1/access/api-keys", new { name = "单位系统", organId = organ.Id, scopes = new[] { "guidance.read", "guidance.write" } }))
            .ReadAsync<IssuedApiKeyResponse>(HttpStatusCode.Created);
        var client = fixture.ClientFor(fixture.Factory, key.Key);
        await (await client.GetAsync($"{Url}/{document.Id}")).ReadAsync<RuleDocumentResponse>();
        await (await client.PostJsonAsync(Url, Document())).ProblemAsync(HttpStatusCode.Forbidden, "auth.bureau-only");
    }
}
