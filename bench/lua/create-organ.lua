-- POST /api/v1/organs with a new, valid unified social credit code and a new Idempotency-Key on
-- every request. Codes: "11" + division 320100 + 9 digits + check character, where the 9 digits
-- are BENCH_CODE_BATCH (two digits, one per wrk run, never reused in a run), the thread number and
-- a 6-digit counter; the seeded organs use batch 00, so no code repeats.
package.path = "./?.lua;" .. package.path
local common = require("common")

local alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
local index = {}
for i = 1, #alphabet do index[alphabet:sub(i, i)] = i - 1 end
local weights = {}
do
   local w = 1
   for i = 1, 17 do weights[i] = w; w = (w * 3) % 31 end
end

-- GB 32100-2015 check character of the first 17 characters.
local function check_character(first17)
   local sum = 0
   for i = 1, 17 do sum = sum + index[first17:sub(i, i)] * weights[i] end
   local c = 31 - sum % 31
   if c == 31 then c = 0 end
   return alphabet:sub(c + 1, c + 1)
end

local batch

function setup(thread) common.setup(thread) end

function init(args)
   common.init()
   batch = tonumber(os.getenv("BENCH_CODE_BATCH") or "")
   assert(batch ~= nil and batch >= 1 and batch <= 99, "BENCH_CODE_BATCH must be 1..99")
   -- The counter has 6 digits: never let a thread go past it.
   if common.max > 999999 then common.max = 999999 end
end

function request()
   local n = common.count()
   local serial = string.format("%02d%d%06d", batch, (tid or 0) % 10, n)
   local first17 = "11320100" .. serial
   local code = first17 .. check_character(first17)
   local body = '{"name":"基准新建机关' .. serial .. '","shortName":"基准' .. serial .. '","divisionCode":"320100",' ..
      '"unifiedSocialCreditCode":"' .. code .. '","level":"Municipal","type":"GovernmentDepartment"}'
   local headers = common.headers({
      ["Content-Type"] = "application/json",
      ["Idempotency-Key"] = "bench-" .. serial,
   })
   return wrk.format("POST", "/api/v1/organs", headers, body)
end

done = common.done
