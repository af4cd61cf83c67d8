-- Submitting a stakeholder's survey answer, as the no-login link does: POST /api/v1/survey/{token}
-- with a score for each goal, how often the leader followed up, and a suggestion. WRK_TOKENS names
-- a file of answer links (load/survey-links.sql), one token per line; each link can be used once,
-- so every request takes the next unused one (threads take alternate lines, from WRK_FIRST on).
-- WRK_GOALS holds the engagement's goal ids, comma-separated.
dofile(os.getenv("LOAD_DIR") .. "/wrk/report.lua")

local tokens = {}
for line in io.lines(os.getenv("WRK_TOKENS")) do
  table.insert(tokens, line)
end
local goals = {}
for g in string.gmatch(os.getenv("WRK_GOALS"), "[^,]+") do
  table.insert(goals, g)
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("index", threads - 1)
  thread:set("stride", tonumber(os.getenv("WRK_THREADS") or "2"))
end

local used = 0
function request()
  local i = (tonumber(os.getenv("WRK_FIRST") or "0") or 0) + index + used * stride
  used = used + 1
  local token = tokens[(i % #tokens) + 1]
  local scores = {}
  for k, g in ipairs(goals) do
    table.insert(scores, string.format('"%s":%d', g, ((i + k) % 7) - 3))
  end
  local body = string.format(
    '{"scores":{%s},"followUp":"SOMETIMES","suggestion":"Keep asking for my view before deciding."}',
    table.concat(scores, ","))
  return wrk.format("POST", "/api/v1/survey/" .. token, { ["Content-Type"] = "application/json" }, body)
end
