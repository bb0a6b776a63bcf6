-- wrk script: GET /matching/posts/{id} for the ids in IDS (comma-separated), rotating, with the session cookie in
-- COOKIE (the posts' author is signed in, so that every page computes the post's suggestions); prints
-- p50/p95/p99 like events-search.lua, and the count of answers that were not 200.
local ids = {}
for id in (os.getenv("IDS") or ""):gmatch("[^,]+") do ids[#ids + 1] = id end
local cookie = os.getenv("COOKIE") or ""
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/matching/posts/" .. ids[(counter % #ids) + 1], { ["Cookie"] = cookie })
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
    + summary.errors.timeout
  io.write(string.format("RESULT requests=%d errors=%d non2xx=%d rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
    summary.requests, errors, summary.errors.status, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
