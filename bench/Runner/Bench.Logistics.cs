using System.Globalization;

namespace OrganAffairs.Bench.Runner;

/// <summary>
/// The Logistics scenario <c>workorders</c> (not in the default run), on a Host process of its own: <c>-ContentionConnections</c> (50)
/// wrk connections raising work orders (<c>POST /api/v1/logistics/work-orders</c>, <c>lua/create-work-order.lua</c>: the organ, the
/// requester and the room checked through Contracts queries, the catalogue item and the service-level policy looked up, the clock's
/// deadline computed, the row, its first history entry and the audit written) against the organ GET by id (<c>lua/get-organ.lua</c>)
/// under the same connections in the same run. Set-up through the API, not timed: an organ, a requester, a building with a floor and
/// a room, a national catalogue item and a calendar-time service-level policy for it. The ratio is creates/GETs per second (no aim:
/// it shows what a raise costs next to the cheapest read); the note gives each side's p50 and p99 and any non-2xx.
/// </summary>
internal sealed partial class Bench
{
    private void WorkOrdersScenario(string database, (App App, string Url) host, Dictionary<string, string> baseEnv)
    {
        var url = host.Url;
        var connections = _o.ContentionConnections;
        var serial = (DateTime.UtcNow.Ticks % 100_000_000).ToString("00000000", CultureInfo.InvariantCulture);
        var organ = Post(url + "/api/v1/organs",
            $$"""{"name":"基准后勤报修单位","divisionCode":"320100","unifiedSocialCreditCode":"{{Uscc.Make("320100", "9" + serial)}}","level":"Municipal","type":"GovernmentDepartment"}""",
            201).GetProperty("id").GetGuid();
        var staff = Post(url + "/api/v1/organs/staff",
            $$"""{"name":"基准报修人","organId":"{{organ}}","rankCode":"BelowBureau","postTitle":"科员","startedOn":"2020-01-01"}""", 201).GetProperty("id").GetGuid();
        var building = Post(url + "/api/v1/buildings",
            """{"code":"BENCH-WO","name":"基准办公楼","address":"基准路 2 号","ownership":"Owned","titleRegisteredToBureau":true,"grossArea":5000.00,"yearBuilt":2000}""",
            201).GetProperty("id").GetGuid();
        var floor = Post($"{url}/api/v1/buildings/{building}/floors", """{"label":"2F","level":2}""", 201).GetProperty("id").GetGuid();
        var room = Post(url + "/api/v1/buildings/rooms",
            $$"""{"floorId":"{{floor}}","number":"W201","type":"Office","usableArea":24.00,"capacity":2,"bookable":false,"requiresApproval":false}""", 201).GetProperty("id").GetGuid();
        Post(url + "/api/v1/logistics/rules/catalogue",
            """{"jurisdiction":"national","effectiveFrom":"2020-01-01","code":"bench.repair","category":"Repair","name":"空调维修","standard":"报修后 2 小时内到场","unit":"次","referencePrice":120.50,"source":"基准测试","confidence":"U"}""",
            201);
        Post(url + "/api/v1/logistics/rules/sla-policies",
            """{"jurisdiction":"national","effectiveFrom":"2020-01-01","category":"Repair","priority":"Routine","respondWithinMinutes":120,"resolveWithinMinutes":480,"basis":"CalendarTime","source":"基准测试","confidence":"U"}""",
            201);
        var env = new Dictionary<string, string>(baseEnv)
        {
            ["BENCH_WO_BODY"] = $$"""{"organId":"{{organ}}","requesterStaffMemberId":"{{staff}}","roomId":"{{room}}","serviceItem":"bench.repair","priority":"Routine","description":"基准报修：会议室空调不制冷"}""",
        };
        // Sanity: one raise answers 201 with its service-level deadline, as the load's will.
        var order = Post(url + "/api/v1/logistics/work-orders", env["BENCH_WO_BODY"], 201);
        if (order.GetProperty("sla").ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            throw new InvalidOperationException("workorders sanity: the raised order has no service-level clock");
        }

        var title = $"POST raise a work order (A) vs GET organ by id (B), {connections} connections";
        Console.WriteLine($"\n--- {title}, {_o.Rounds} rounds of {_o.DurationSeconds} s ---");
        var result = new ScenarioResult(title, 0, higherIsBetter: true, "raise", "GET");
        AlternateLoad(database, result, (raise, seconds) => WrkMeasured(host.App, raise ? "create-work-order.lua" : "get-organ.lua", host.Url, seconds, env, connections));
        var note = $"workorders ({connections} connections): raise {result.Side(r => r.A)}; GET organ {result.Side(r => r.B)}; " +
                   $"raise/GET {result.MedianRatio:0.00}; non-2xx raise {result.Rounds.Sum(r => r.A.Errors)}, GET {result.Rounds.Sum(r => r.B.Errors)} (all rounds)";
        Console.WriteLine(note);
        _report.Note(database, note);
    }
}
