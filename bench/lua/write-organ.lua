-- The writers scenario: the create of create-organ.lua (a new valid credit code and Idempotency-Key per
-- request), with the answers counted by status so that 5xx are told apart (common.response).
package.path = "./?.lua;" .. package.path
dofile("create-organ.lua")
local common = require("common")
response = common.response
