-- POST /api/v1/vehicles/trips/{id}/dispatch for approved trips seeded by the runner just before this
-- wrk run. BENCH_DISPATCH_FILE has one line per trip: "tripId vehicleId driverId"; thread t sends
-- lines t, t + threads, t + 2·threads, … in order, so no trip is sent twice. The runner chose the
-- lines: contended (a few vehicles and drivers, windows from a small set: most requests answer 409)
-- or uncontended (one vehicle and driver per connection, windows that never overlap: all 201).
-- 201 and 409 are counted apart (common.response).
package.path = "./?.lua;" .. package.path
local common = require("common")
local lines, threads, next_line

function setup(thread) common.setup(thread) end

function init(args)
   common.init()
   lines = common.read_lines(os.getenv("BENCH_DISPATCH_FILE"))
   threads = tonumber(os.getenv("BENCH_THREADS") or "") or 2
   next_line = tid or 1
   -- Never past the thread's own lines: stop rather than send a trip twice.
   local own = math.floor((#lines - next_line) / threads) + 1
   if common.max > own then common.max = own end
end

function request()
   common.count()
   -- Past the last line (a request wrk asks for after the stop) the thread's first trip is sent again.
   local line = lines[next_line] or lines[tid or 1]
   next_line = next_line + threads
   local trip, vehicle, driver = line:match("^(%S+) (%S+) (%S+)$")
   local body = '{"vehicleId":"' .. vehicle .. '","driverId":"' .. driver .. '","emergencyApprovalReference":null}'
   return wrk.format("POST", "/api/v1/vehicles/trips/" .. trip .. "/dispatch", common.headers({ ["Content-Type"] = "application/json" }), body)
end

response = common.response
done = common.done
