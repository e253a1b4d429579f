-- GET BENCH_PATH (a Costs read: the jurisdiction roll-up or one organ's disclosure pack); the rollup scenario runs it on each.
package.path = "./?.lua;" .. package.path
local common = require("common")
local path

function setup(thread) common.setup(thread) end

function init(args)
   common.init()
   path = os.getenv("BENCH_PATH")
   assert(path ~= nil and path ~= "", "BENCH_PATH is not set")
end

function request()
   common.count()
   return wrk.format("GET", path)
end

done = common.done
