-- GET /api/v1/energy/indicators?institutionId=X&period=Year&year=Y for one institution
-- (BENCH_INSTITUTION_ID, BENCH_YEAR): the indicators scenario runs it on the 1× and the 10× institution.
package.path = "./?.lua;" .. package.path
local common = require("common")
local path

function setup(thread) common.setup(thread) end

function init(args)
   common.init()
   local id = os.getenv("BENCH_INSTITUTION_ID")
   assert(id ~= nil and id ~= "", "BENCH_INSTITUTION_ID is not set")
   path = "/api/v1/energy/indicators?institutionId=" .. id .. "&period=Year&year=" .. (os.getenv("BENCH_YEAR") or "2025")
end

function request()
   common.count()
   return wrk.format("GET", path)
end

done = common.done
