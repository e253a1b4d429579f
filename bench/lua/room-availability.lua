-- GET /api/v1/buildings/rooms/availability?from=…&to=…&attendees=8 for a window drawn at random
-- from BENCH_WINDOWS_FILE (one "from to" pair of UTC instants a line): the runner writes windows
-- where the bookings scenario filled the calendar (busy) or where nothing is booked (free).
package.path = "./?.lua;" .. package.path
local common = require("common")
local windows

function setup(thread) common.setup(thread) end

function init(args)
   common.init()
   windows = common.read_lines(os.getenv("BENCH_WINDOWS_FILE"))
end

function request()
   common.count()
   local from, to = windows[math.random(#windows)]:match("^(%S+) (%S+)$")
   return wrk.format("GET", "/api/v1/buildings/rooms/availability?from=" .. from .. "&to=" .. to .. "&attendees=8")
end

response = common.response
done = common.done
