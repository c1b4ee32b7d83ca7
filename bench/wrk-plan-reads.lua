-- wrk script for the plan-read rows of `npm run bench` (bench/wrk.ts): GET /plans/WRK_PLAN?validAt=<day> on every
-- day of 2020-2022, in an order shuffled once per thread (seeded, so runs repeat), accepting compression as HTTP
-- clients do. done() prints one JSON line the bench reads.

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("thread_id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local paths = {}
local counter = 0
local headers

local function is_leap(year)
  return (year % 4 == 0 and year % 100 ~= 0) or year % 400 == 0
end

function init(args)
  local plan = os.getenv("WRK_PLAN")
  headers = { ["authorization"] = os.getenv("WRK_AUTHORIZATION"), ["accept-encoding"] = "gzip, deflate, br" }
  local lengths = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }
  for year = 2020, 2022 do
    for month = 1, 12 do
      local days = lengths[month]
      if month == 2 and is_leap(year) then days = 29 end
      for day = 1, days do
        table.insert(paths, string.format("/plans/%s?validAt=%04d-%02d-%02d", plan, year, month, day))
      end
    end
  end
  math.randomseed(2020 + thread_id)
  for i = #paths, 2, -1 do
    local j = math.random(i)
    paths[i], paths[j] = paths[j], paths[i]
  end
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter - 1) % #paths + 1], headers)
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationMicros":%d,"p50Micros":%d,"p99Micros":%d,"non2xx":%d,"socketErrors":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), errors.status,
    errors.connect + errors.read + errors.write + errors.timeout))
end
