-- Saving one inventory answer, as the browser does on every step: PUT
-- /api/v1/profile/responses/{response}/answers/{item} with the points of the three endings.
-- WRK_ANSWERS names a file written by `Load.java answerers`: one line per (person, item) with the
-- person's token, their open response and the item's ending ids. Requests take the lines in turn,
-- so the simulated users are many people answering different items, each with a point split that
-- changes from request to request (every save is a real write of a new value).
dofile(os.getenv("LOAD_DIR") .. "/wrk/report.lua")

local lines = {}
for line in io.lines(os.getenv("WRK_ANSWERS")) do
  local fields = {}
  for f in string.gmatch(line, "%S+") do
    table.insert(fields, f)
  end
  table.insert(lines, fields)
end

local splits = { { 5, 3, 2 }, { 2, 6, 2 }, { 1, 1, 8 }, { 4, 4, 2 }, { 0, 3, 7 }, { 10, 0, 0 } }
-- each thread starts at a different line, so two threads do not write the same row in step
turn = 0
function setup(thread)
  thread:set("turn", math.random(1, #lines))
end

function request()
  turn = turn + 1
  local f = lines[(turn % #lines) + 1]
  local s = splits[(turn % #splits) + 1]
  local body = string.format('{"points":{"%s":%d,"%s":%d,"%s":%d}}', f[4], s[1], f[5], s[2], f[6], s[3])
  return wrk.format("PUT", "/api/v1/profile/responses/" .. f[2] .. "/answers/" .. f[3], {
    ["Authorization"] = "Bearer " .. f[1],
    ["Content-Type"] = "application/json",
  }, body)
end
