-- wrk script: rotates Japanese queries (かな, half-width katakana, variants, synonyms) over PATH_PREFIX (default
-- /api/events?size=20&q=), or months when MONTHS is set (the calendar page), and prints p50/p95/p99.
local words = { "こそだて", "防災", "えほん", "ｺﾝｻｰﾄ", "子供", "はなび", "かいご", "れきし", "しぜん", "ヨガ", "びじゅつ",
  "セミナー", "手話", "まちづくり", "けんこう" }
local prefix = os.getenv("PATH_PREFIX") or "/api/events?size=20&q="
local months = os.getenv("MONTHS")
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local items = {}
if months then
  for m in months:gmatch("[^,]+") do items[#items + 1] = m end
else
  for i, w in ipairs(words) do items[i] = encode(w) end
end
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", prefix .. items[(counter % #items) + 1])
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
    + summary.errors.timeout
  io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
    summary.requests, errors, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
