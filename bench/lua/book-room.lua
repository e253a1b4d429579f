-- POST /api/v1/buildings/bookings: meeting-room bookings, contended or not (BENCH_MODE).
--   contended:   a room drawn from the few rooms of BENCH_ROOMS_FILE, a one-hour window drawn from
--                BENCH_WINDOWS windows of the run's day; once each window of each room is taken,
--                every further request is answered 409 (double-booked).
--   uncontended: each thread has its own share of the rooms and walks them in turn, each room's
--                windows following one another (30 minutes each): no two requests ever overlap.
-- Windows start at BENCH_BASE_EPOCH (Unix seconds, a whole hour in the future, new for every wrk
-- run); BENCH_ORGAN_ID is the organising organ. 201 and 409 are counted apart (common.response).
package.path = "./?.lua;" .. package.path
local common = require("common")
local rooms, mode, base, windows, organ, per

function setup(thread) common.setup(thread) end

local function instant(t) return os.date("!%Y-%m-%dT%H:%M:%SZ", t) end

function init(args)
   common.init()
   rooms = common.read_lines(os.getenv("BENCH_ROOMS_FILE"))
   mode = os.getenv("BENCH_MODE")
   assert(mode == "contended" or mode == "uncontended", "BENCH_MODE must be contended or uncontended")
   base = tonumber(os.getenv("BENCH_BASE_EPOCH") or "")
   assert(base ~= nil, "BENCH_BASE_EPOCH is not set")
   windows = tonumber(os.getenv("BENCH_WINDOWS") or "") or 8
   organ = os.getenv("BENCH_ORGAN_ID")
   assert(organ ~= nil and organ ~= "", "BENCH_ORGAN_ID is not set")
   local threads = tonumber(os.getenv("BENCH_THREADS") or "") or 2
   per = math.max(1, math.floor(#rooms / threads))
   if mode == "uncontended" then
      -- Each room of the thread's share gets at most 28 days of 30-minute windows in this run.
      local bound = per * 28 * 48
      if common.max > bound then common.max = bound end
   end
end

function request()
   local n = common.count()
   local room, starts, ends
   if mode == "contended" then
      room = rooms[math.random(#rooms)]
      starts = base + (math.random(windows) - 1) * 3600
      ends = starts + 3600
   else
      local i = (n - 1) % per
      room = rooms[((tid or 1) - 1) * per + i + 1]
      starts = base + math.floor((n - 1) / per) * 1800
      ends = starts + 1800
   end
   local body = '{"roomId":"' .. room .. '","organId":"' .. organ .. '","title":"基准会议' .. n .. '",' ..
      '"startsAt":"' .. instant(starts) .. '","endsAt":"' .. instant(ends) .. '","attendees":8,"addOns":null}'
   return wrk.format("POST", "/api/v1/buildings/bookings", common.headers({ ["Content-Type"] = "application/json" }), body)
end

response = common.response
done = common.done
