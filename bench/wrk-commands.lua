-- wrk script for the command rows of `npm run bench` (bench/wrk.ts). Spreads the requests over WRK_TILTAK tiltak
-- named WRK_PREFIX0, WRK_PREFIX1, ...; each wrk thread owns every WRK_THREADS-th tiltak and goes round them, so no
-- two requests for one tiltak are in flight together while WRK_TILTAK is well above the connections. WRK_KIND
-- "status" flips each tiltak between IN_PROGRESS and ON_HOLD (it never asks for the status the tiltak has, so a
-- refusal is a real failure), "notes" adds a progress note. done() prints one JSON line the bench reads.

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("thread_id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local owned = {}
local in_progress = {}
local counter = 0
local kind, prefix, headers

function init(args)
  local tiltak = tonumber(os.getenv("WRK_TILTAK"))
  local thread_count = tonumber(os.getenv("WRK_THREADS"))
  kind = os.getenv("WRK_KIND")
  prefix = os.getenv("WRK_PREFIX")
  headers = { ["authorization"] = os.getenv("WRK_AUTHORIZATION"), ["content-type"] = "application/json" }
  for i = thread_id, tiltak - 1, thread_count do
    table.insert(owned, i)
    -- Every tiltak starts PLANNED (bench/http.bench.ts), so the first flip is to IN_PROGRESS.
    in_progress[i] = false
  end
end

function request()
  counter = counter + 1
  local i = owned[(counter - 1) % #owned + 1]
  if kind == "status" then
    in_progress[i] = not in_progress[i]
    local status = in_progress[i] and "IN_PROGRESS" or "ON_HOLD"
    return wrk.format("POST", "/tiltak/" .. prefix .. i .. "/status", headers, '{"status":"' .. status .. '"}')
  end
  return wrk.format("POST", "/tiltak/" .. prefix .. i .. "/notes", headers, '{"text":"Framdrift ' .. counter .. '"}')
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationMicros":%d,"p50Micros":%d,"p99Micros":%d,"non2xx":%d,"socketErrors":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), errors.status,
    errors.connect + errors.read + errors.write + errors.timeout))
end
