-- GET /api/v1/organs?level=Municipal&page=N&pageSize=20 with N drawn from 1..BENCH_LIST_PAGES.
package.path = "./?.lua;" .. package.path
local common = require("common")
local pages

function setup(thread) common.setup(thread) end

function init(args)
   common.init()
   pages = tonumber(os.getenv("BENCH_LIST_PAGES") or "") or 20
end

function request()
   common.count()
   return wrk.format("GET", "/api/v1/organs?level=Municipal&page=" .. math.random(pages) .. "&pageSize=20")
end

done = common.done
