-- Adds a session cookie or the bearer token from the environment to every request and prints
-- one machine-readable line at the end, which load/bench.sh turns into a row of the table.
--
-- WRK_COOKIES holds comma-separated SESSION values, one per simulated user: requests take them in
-- turn, so 50 connections are 50 people each with a session of their own. (With one shared session
-- every request would update the same spring_session row and queue on its lock, which is not what
-- 50 users do.)
local cookies = {}
for c in string.gmatch(os.getenv("WRK_COOKIES") or "", "[^,]+") do
  table.insert(cookies, c)
end
local auth = os.getenv("WRK_AUTH")
if auth and auth ~= "" then
  wrk.headers["Authorization"] = auth
end

-- WRK_THINK_MS: each simulated user waits between its requests, uniformly 0.5 to 1.5 times this
-- many milliseconds, as a person reads a page before the next click. Without it, requests follow
-- each other back to back (the saturation figures).
local think = tonumber(os.getenv("WRK_THINK_MS") or "")
if think and think > 0 then
  function delay()
    return math.random(math.floor(think / 2), math.floor(think * 3 / 2))
  end
end

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 7)
end

local turn = 0
function request()
  if #cookies == 0 then
    return wrk.request()
  end
  turn = turn + 1
  local headers = {}
  for k, v in pairs(wrk.headers) do
    headers[k] = v
  end
  headers["Cookie"] = "SESSION=" .. cookies[((turn + (offset or 0)) % #cookies) + 1]
  return wrk.format(nil, nil, headers)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("WRKRESULT %.1f %.2f %.2f %.2f %d %d %d\n",
    summary.requests / seconds,
    latency:percentile(50) / 1000,
    latency:percentile(99) / 1000,
    latency.max / 1000,
    summary.requests,
    e.status,
    e.connect + e.read + e.write + e.timeout))
end
