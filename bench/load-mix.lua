-- A day's mix of DVK's traffic for wrk: searches of the models' list, a model's page, the yearly
-- summary, the public showcase, and a few registrations. Arguments: reader token, writer token,
-- lowest and highest model id.
local reader, writer, first, last
local counter = 0
local words = {"ho ngheo", "dan van kheo", "an ninh", "camera", "to hoa giai", "duong que",
  "nong thon moi", "xoa nha tam", "thap sang", "tinh nghia"}

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("number", threads)
end

function init(args)
  reader, writer = "Bearer " .. args[1], "Bearer " .. args[2]
  first, last = tonumber(args[3]), tonumber(args[4])
  math.randomseed(os.time() + (number or 0))
end

local function get(path, token)
  local headers = {Accept = "application/json"}
  if token then headers["Authorization"] = token end
  return wrk.format("GET", path, headers)
end

function request()
  local roll = math.random(100)
  if roll <= 40 then
    local q = words[math.random(#words)]:gsub(" ", "+")
    return get("/api/v1/models?q=" .. q .. "&page=" .. math.random(0, 2), reader)
  elseif roll <= 55 then
    return get("/api/v1/models/" .. math.random(first, last), reader)
  elseif roll <= 70 then
    return get("/api/v1/reports/yearly-summary?year=" .. math.random(2021, 2024) .. "&unit=BT", reader)
  elseif roll <= 90 then
    local pages = {"/showcase", "/showcase/figures", "/showcase?q=dan+van"}
    return wrk.format("GET", pages[math.random(#pages)])
  else
    counter = counter + 1
    local body = string.format(
      '{"year": 2026, "title": "Tải thử %d-%d-%d", "ownerKind": "COLLECTIVE", "unitCode": "BT.DL.X09",' ..
      ' "fieldCode": "ECONOMY", "movementCodes": ["BAO_VE_AN_NINH"], "contentMethod": "Đo tải",' ..
      ' "targetGroups": ["RESIDENTS"]}', number or 0, counter, math.random(1000000))
    return wrk.format("POST", "/api/v1/models",
      {["Content-Type"] = "application/json", Authorization = writer}, body)
  end
end
