-- wrk script of the HTTP load benchmark (bench/run.sh, dev.faqindex.bench.http.HttpLoadBenchmark).
-- Usage: wrk ... -s bench/http/report.lua URL [-- PATHS_FILE [once THREADS]]
-- With a file of request paths (one per line), each connection cycles through them, starting at a different
-- line per thread; without one, every request goes to URL's path. With "once THREADS" (THREADS being wrk's -t), the
-- threads share the file out instead (thread k sends lines k, k + THREADS, ...), so no path is sent twice until the
-- file runs out; the figures then say how many requests went past its end ("repeated"). At the end it prints one JSON
-- line with the figures (latency in microseconds), marked so the caller can find it.

local paths = {}
local counter = 0
local step = 1
local once = false
repeated = 0 -- global: done() reads it from each thread
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  if args[1] ~= nil then
    for line in io.lines(args[1]) do
      if #line > 0 then
        paths[#paths + 1] = line
      end
    end
  end
  if args[2] == "once" then
    once = true
    step = tonumber(args[3])
    counter = id - step
  else
    counter = id * 13
  end
end

function request()
  if #paths == 0 then
    return wrk.format(nil)
  end
  counter = counter + step
  if once and counter >= #paths then
    repeated = repeated + 1
  end
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function done(summary, latency, requests)
  local errors = summary.errors
  local past_end = 0
  for _, thread in ipairs(threads) do
    past_end = past_end + (thread:get("repeated") or 0)
  end
  io.write(string.format(
    'WRK-JSON {"requests": %d, "durationMicros": %d, "bytes": %d, "socketErrors": %d, "non2xx": %d, ' ..
    '"meanMicros": %.1f, "p50Micros": %d, "p90Micros": %d, "p99Micros": %d, "maxMicros": %d, "repeated": %d}\n',
    summary.requests, summary.duration, summary.bytes,
    errors.connect + errors.read + errors.write + errors.timeout, errors.status,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, past_end))
end
