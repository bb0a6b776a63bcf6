-- wrk script: rotates Japanese queries over the path given as PATH_PREFIX (default /api/groups?size=20&q=)
-- and prints the percentiles, including p95, which wrk's own report leaves out.
local words = { "こそだて", "防災", "高齢者", "かんきょう", "橋本", "ボランティア", "子ども", "国際交流", "ｽﾎﾟｰﾂ",
  "見守り", "まちづくり", "ふーどばんく", "清掃", "読み聞かせ", "相模湖" }
local prefix = os.getenv("PATH_PREFIX") or "/api/groups?size=20&q="
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local encoded = {}
for i, w in ipairs(words) do encoded[i] = encode(w) end
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", prefix .. encoded[(counter % #encoded) + 1])
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
    + summary.errors.timeout
  io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
    summary.requests, errors, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
