-- GET /api/v1/organs/{id} with an id drawn at random from the seeded organs (BENCH_IDS_FILE).
package.path = "./?.lua;" .. package.path
local common = require("common")
local ids

function setup(thread) common.setup(thread) end

function init(args)
   common.init()
   ids = common.read_lines(os.getenv("BENCH_IDS_FILE"))
end

function request()
   common.count()
   return wrk.format("GET", "/api/v1/organs/" .. ids[math.random(#ids)])
end

done = common.done
