-- SLOT for the answer-save benchmark (DESIGN §7: at least 1,000 answer saves per second).
-- The inventory module that saves answers is being built by another engineer; when it lands, set
-- the method, path and body of one answer save here (WRK_ANSWER_PATH, WRK_ANSWER_BODY) and
-- load/bench.sh runs it with the same reporting as every other endpoint. The CSRF token is needed
-- for the form variant (WRK_CSRF); the API variant only needs the bearer token (WRK_AUTH).
dofile(os.getenv("LOAD_DIR") .. "/wrk/report.lua")
wrk.method = "POST"
wrk.path = os.getenv("WRK_ANSWER_PATH")
wrk.body = os.getenv("WRK_ANSWER_BODY")
wrk.headers["Content-Type"] = os.getenv("WRK_ANSWER_CONTENT_TYPE") or "application/json"
local csrf = os.getenv("WRK_CSRF")
if csrf and csrf ~= "" then
  wrk.headers["X-CSRF-TOKEN"] = csrf
end
