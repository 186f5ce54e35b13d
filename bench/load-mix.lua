-- A day's mix of DVK's traffic for wrk: searches of the models' list, a model's page, the yearly
-- summary, the public showcase, and a few registrations. Arguments: the reader's token, a file of
-- the model ids the reader may open, the reader's unit, this year, then each writer as token@unit
-- (officers of different communes: a commune's figures are recounted under a lock by each write).
local reader, ids, readerUnit, year
local writers = {}
local counter = 0
local words = {"ho ngheo", "dan van kheo", "an ninh", "camera", "to hoa giai", "duong que",
  "nong thon moi", "xoa nha tam", "thap sang", "tinh nghia"}

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("number", threads)
end

function init(args)
  reader = "Bearer " .. args[1]
  ids = {}
  for line in io.lines(args[2]) do ids[#ids + 1] = line end
  readerUnit, year = args[3], tonumber(args[4])
  for i = 5, #args do
    local token, unit = args[i]:match("([^@]+)@(.+)")
    writers[#writers + 1] = {token = "Bearer " .. token, unit = unit}
  end
  math.randomseed(os.time() + (number or 0))
end

local function get(path, token)
  local headers = {Accept = "application/json"}
  if token then headers["Authorization"] = token end
  return wrk.format("GET", path, headers)
end

-- KIND (search, model, summary, showcase or write) sends only that kind of request, to see what
-- each costs; unset, the mix.
local kinds = {search = 1, model = 41, summary = 56, showcase = 71, write = 91}
local only = kinds[os.getenv("KIND") or ""]

function request()
  local roll = only or math.random(100)
  if roll <= 40 then
    local q = words[math.random(#words)]:gsub(" ", "+")
    return get("/api/v1/models?q=" .. q .. "&page=" .. math.random(0, 2), reader)
  elseif roll <= 55 then
    return get("/api/v1/models/" .. ids[math.random(#ids)], reader)
  elseif roll <= 70 then
    return get("/api/v1/reports/yearly-summary?year=" .. math.random(year - 3, year - 1) ..
      "&unit=" .. readerUnit, reader)
  elseif roll <= 90 then
    local pages = {"/showcase", "/showcase/figures", "/showcase?q=dan+van"}
    return wrk.format("GET", pages[math.random(#pages)])
  else
    counter = counter + 1
    local writer = writers[counter % #writers + 1]
    local body = string.format(
      '{"year": %d, "title": "Tải thử %d-%d-%d", "ownerKind": "COLLECTIVE", "unitCode": "%s",' ..
      ' "fieldCode": "ECONOMY", "movementCodes": ["BAO_VE_AN_NINH"], "contentMethod": "Đo tải",' ..
      ' "targetGroups": ["RESIDENTS"]}', year, number or 0, counter, math.random(1000000), writer.unit)
    return wrk.format("POST", "/api/v1/models",
      {["Content-Type"] = "application/json", Authorization = writer.token}, body)
  end
end
