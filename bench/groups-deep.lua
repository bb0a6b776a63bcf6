-- wrk script: directory pages at any depth, 五十音順 without a query (/api/groups?size=20&page=N with N random in
-- 0..MAX_PAGE, default 4999 = the last page of 100,000 groups), and the percentiles like groups-search.lua.
local maxPage = tonumber(os.getenv("MAX_PAGE") or "4999")
math.randomseed(42)
request = function()
  return wrk.format("GET", "/api/groups?size=20&page=" .. math.random(0, maxPage))
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
    + summary.errors.timeout
  io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
    summary.requests, errors, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
