-- wrk script of the HTTP load benchmark (bench/run.sh, dev.faqindex.bench.http.HttpLoadBenchmark).
-- Usage: wrk ... -s bench/http/report.lua URL -- PATHS_FILE
-- With a file of request paths (one per line), each connection cycles through them, starting at a different
-- line per thread; without one, every request goes to URL's path. At the end it prints one JSON line with the figures
-- (latency in microseconds), marked so the caller can find it.

local paths = {}
local counter = 0
local threads = 0

function setup(thread)
  thread:set("offset", threads * 13)
  threads = threads + 1
end

function init(args)
  if args[1] ~= nil then
    for line in io.lines(args[1]) do
      if #line > 0 then
        paths[#paths + 1] = line
      end
    end
  end
  counter = offset or 0
end

function request()
  if #paths == 0 then
    return wrk.format(nil)
  end
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'WRK-JSON {"requests": %d, "durationMicros": %d, "bytes": %d, "socketErrors": %d, "non2xx": %d, ' ..
    '"meanMicros": %.1f, "p50Micros": %d, "p90Micros": %d, "p99Micros": %d, "maxMicros": %d}\n',
    summary.requests, summary.duration, summary.bytes,
    errors.connect + errors.read + errors.write + errors.timeout, errors.status,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
