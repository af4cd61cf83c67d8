-- Adds the session cookie or the bearer token from the environment to every request and prints
-- one machine-readable line at the end, which load/bench.sh turns into a row of the table.
local cookie = os.getenv("WRK_COOKIE")
local auth = os.getenv("WRK_AUTH")
if cookie and cookie ~= "" then
  wrk.headers["Cookie"] = "SESSION=" .. cookie
end
if auth and auth ~= "" then
  wrk.headers["Authorization"] = auth
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
