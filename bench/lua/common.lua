-- Shared by the wrk scripts of bench/ (loaded with require from the scripts' folder, wrk's cwd).
-- Every script: sends X-Api-Key when BENCH_API_KEY is set, numbers its threads, stops a thread
-- after BENCH_MAX_REQUESTS requests (a bound in count beside wrk's -d bound in time), and prints
-- one machine-readable line from done() that the runner parses.
local common = {}

local threads = 0
local thread_list = {}

-- Runs in wrk's main Lua state, once per thread, before the threads start.
function common.setup(thread)
   threads = threads + 1
   thread:set("tid", threads)
   thread_list[#thread_list + 1] = thread
end

-- Counts responses by status in the thread's own state (scripts that set response = common.response);
-- done() sums them over the threads. wrk counts every status >= 400 as errStatus, so a 409 needs this
-- to be told apart from a real failure.
function common.response(status, headers, body)
   if status >= 200 and status < 300 then
      s2xx = (s2xx or 0) + 1
   elseif status == 409 then
      s409 = (s409 or 0) + 1
   else
      sother = (sother or 0) + 1
      if status >= 500 then
         s5xx = (s5xx or 0) + 1
      end
      -- The first unexpected answers of a thread, for the runner's log.
      if (sother or 0) <= 3 then
         io.stderr:write("BENCH_UNEXPECTED " .. status .. " " .. (body or ""):sub(1, 300) .. "\n")
      end
   end
end

-- Runs in each thread's own Lua state.
function common.init()
   local key = os.getenv("BENCH_API_KEY")
   if key ~= nil and key ~= "" then
      wrk.headers["X-Api-Key"] = key
   end
   wrk.headers["Accept"] = "application/json"
   math.randomseed(os.time() * 1000 + (tid or 0) * 7919)
   common.max = tonumber(os.getenv("BENCH_MAX_REQUESTS") or "") or 2000000
   common.sent = 0
end

-- Counts a request; past the bound the thread stops (the request in hand is still sent).
function common.count()
   common.sent = common.sent + 1
   if common.sent >= common.max then
      wrk.thread:stop()
   end
   return common.sent
end

function common.read_lines(path)
   assert(path ~= nil and path ~= "", "BENCH_IDS_FILE is not set")
   local lines = {}
   for line in io.lines(path) do
      if line ~= "" then
         lines[#lines + 1] = line
      end
   end
   assert(#lines > 0, "no ids in " .. path)
   return lines
end

-- A copy of wrk.headers plus extra headers (wrk.format uses a given table instead of wrk.headers).
function common.headers(extra)
   local h = {}
   for k, v in pairs(wrk.headers) do h[k] = v end
   for k, v in pairs(extra or {}) do h[k] = v end
   return h
end

-- One line the runner reads: throughput inputs, latency percentiles (microseconds) and errors.
function common.done(summary, latency, requests)
   local e = summary.errors
   local c2xx, c409, cother, c5xx = 0, 0, 0, 0
   for _, t in ipairs(thread_list) do
      c2xx = c2xx + (tonumber(t:get("s2xx")) or 0)
      c409 = c409 + (tonumber(t:get("s409")) or 0)
      cother = cother + (tonumber(t:get("sother")) or 0)
      c5xx = c5xx + (tonumber(t:get("s5xx")) or 0)
   end
   io.write(string.format(
      'BENCH_RESULT {"requests":%d,"durationUs":%d,"bytes":%d,"p50Us":%d,"p90Us":%d,"p99Us":%d,"meanUs":%.1f,"maxUs":%d,' ..
      '"errConnect":%d,"errRead":%d,"errWrite":%d,"errStatus":%d,"errTimeout":%d,"s2xx":%d,"s409":%d,"sOther":%d,"s5xx":%d}\n',
      summary.requests, summary.duration, summary.bytes,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.mean, latency.max,
      e.connect, e.read, e.write, e.status, e.timeout, c2xx, c409, cother, c5xx))
end

return common
