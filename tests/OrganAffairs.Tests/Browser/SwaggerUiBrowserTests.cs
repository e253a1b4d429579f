using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OrganAffairs.Tests.Architecture;
using OrganAffairs.Tests.Infrastructure;
using Xunit;

namespace OrganAffairs.Tests.Browser;

/// <summary>
/// Swagger UI as a bureau admin uses it, in a real browser: the Host on Kestrel bound to 127.0.0.1 on a free
/// port (not the pinned localhost:5080 of old), /swagger opened through 127.0.0.1, the admin key entered in the
/// Authorize dialog, "Try it out" on one GET and one POST, the answers read from the page. Screenshots are kept
/// in artifacts/browser/ (git-ignored) for a person to look at.
/// </summary>
public sealed class SwaggerUiBrowserTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    // 60 s per step: on a starved machine Swagger UI can hold the page's main thread for long after rendering an
    // answer, and Playwright's locator queries wait for it (docs/adr/0041); alone the whole test takes 20–30 s.
    [BrowserFact]
    public async Task Swagger_ui_authorizes_and_tries_out_a_get_and_a_post_through_127_0_0_1()
    {
        var chromium = ChromiumLocator.Path()
            ?? throw new InvalidOperationException($"{BrowserFactAttribute.RequireVariable}=1 but chromium was not found ({ChromiumLocator.Searched}).");
        var shots = Path.Combine(SliceRules.RepositoryRoot(), "artifacts", "browser");
        Directory.CreateDirectory(shots);

        using var factory = fixture.CreateFactory();
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Assert.StartsWith("http://127.0.0.1:", address);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // As root (CI), chromium refuses to start sandboxed.
            ChromiumSandbox = false,
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
        });
        // The document is large (every module's operations): on a loaded 2-core machine the page takes seconds to render.
        context.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        Assertions.SetDefaultExpectTimeout((float)Patience.TotalMilliseconds);
        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") { consoleErrors.Add(message.Text); } };

        try
        {
            // The root leads to /swagger; the page loads the document from the same origin.
            await page.GotoAsync(address + "/");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/swagger/index.html$"));
            await Assertions.Expect(page.Locator(".swagger-ui .info .title")).ToContainTextAsync("OrganAffairs API");

            // Authorize with the admin key (the ApiKey scheme: X-Api-Key).
            await page.Locator(".swagger-ui .auth-wrapper .authorize").First.ClickAsync();
            var apiKey = page.Locator(".auth-container").Filter(new LocatorFilterOptions { HasText = "X-Api-Key" });
            await apiKey.Locator("input").FillAsync(fixture.AdminKey);
            await apiKey.Locator("button.authorize").ClickAsync();
            await Assertions.Expect(apiKey.Locator("button", new() { HasText = "Logout" })).ToBeVisibleAsync();
            await page.Locator(".modal-ux button.close-modal").ClickAsync();
            await Assertions.Expect(page.Locator(".modal-ux")).ToHaveCountAsync(0);

            // GET an organ by id: the bureau seeded at first start, answered 200 with its Chinese name.
            var get = await OpenOperationAsync(page, "Organs", "Organs_GetOrgan");
            await get.Locator("tr[data-param-name='id'] input").FillAsync(fixture.BureauOrganId.ToString());
            var getResponse = await ExecuteAsync(get, "200");
            await Assertions.Expect(getResponse.Locator(".response-col_description")).ToContainTextAsync(fixture.BureauOrganId.ToString());
            await Assertions.Expect(getResponse.Locator(".response-col_description")).ToContainTextAsync("市机关事务管理局");
            await get.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(shots, "swagger-ui-get-organ.png") });

            // POST an organ: the example body with a fresh credit code (the example's code is taken once created).
            var post = await OpenOperationAsync(page, "Organs", "Organs_CreateOrgan");
            var uscc = TestData.Uscc();
            var body = post.Locator("textarea.body-param__text");
            var example = await body.InputValueAsync();
            Assert.Contains("unifiedSocialCreditCode", example);
            await body.FillAsync($$"""
                {
                  "name": "浏览器测试机关",
                  "shortName": "浏览器测试",
                  "divisionCode": "320100",
                  "unifiedSocialCreditCode": "{{uscc}}",
                  "level": "Municipal",
                  "type": "GovernmentDepartment"
                }
                """);
            var postResponse = await ExecuteAsync(post, "201");
            await Assertions.Expect(postResponse.Locator(".response-col_description")).ToContainTextAsync(uscc);
            await Assertions.Expect(postResponse.Locator(".response-col_description")).ToContainTextAsync("浏览器测试机关");
            await post.ScrollIntoViewIfNeededAsync();
            await post.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(shots, "swagger-ui-create-organ.png") });
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "swagger-ui.png") });

            Assert.Equal(1, await fixture.CountAsync("organs_organ", "uscc = @Uscc", new { Uscc = uscc }));
            Assert.DoesNotContain(consoleErrors, e => e.Contains("CORS", StringComparison.OrdinalIgnoreCase) || e.Contains("Failed to fetch", StringComparison.OrdinalIgnoreCase));
        }
        catch
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "swagger-ui-failure.png"), FullPage = false });
            throw;
        }
    }

    /// <summary>Expands an operation (Swagger UI's id: operations-{tag}-{operationId}) and turns on "Try it out".</summary>
    private static async Task<ILocator> OpenOperationAsync(IPage page, string tag, string operationId)
    {
        var block = page.Locator($"#operations-{tag}-{operationId}");
        await block.Locator(".opblock-summary").First.ClickAsync();
        await block.Locator("button.try-out__btn").ClickAsync();
        return block;
    }

    /// <summary>Clicks Execute and waits for the live answer with the expected status; returns its row.</summary>
    private static async Task<ILocator> ExecuteAsync(ILocator block, string status)
    {
        await block.Locator("button.execute").ClickAsync();
        var live = block.Locator(".live-responses-table .response").First;
        await Assertions.Expect(live.Locator(".response-col_status")).ToHaveTextAsync(new Regex($"^\\s*{status}"));
        return live;
    }
}
