-- POST /api/v1/logistics/work-orders: the same raise (organ, requester, room, catalogue item, priority) every time,
-- from BENCH_WO_BODY (the runner's set-up); answers counted by status so that 5xx are told apart (common.response).
package.path = "./?.lua;" .. package.path
local common = require("common")
local body

function setup(thread) common.setup(thread) end

function init(args)
   common.init()
   body = os.getenv("BENCH_WO_BODY")
   assert(body ~= nil and body ~= "", "BENCH_WO_BODY is not set")
   wrk.headers["Content-Type"] = "application/json"
end

function request()
   common.count()
   return wrk.format("POST", "/api/v1/logistics/work-orders", nil, body)
end

response = common.response
done = common.done
