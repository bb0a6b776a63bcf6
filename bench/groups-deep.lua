-- wrk script: directory pages at any depth in 五十音順 without a query, and the percentiles like groups-search.lua.
--   MODE=after (default): /api/groups?size=20&after=XY with XY two random katakana — a position anywhere in the
--                          directory, as the 五十音 index and the `next` cursor reach it;
--   MODE=page:            /api/groups?size=20&page=N with N random in 0..MAX_PAGE (default 499, the last
--                          reachable page: 10,000 results / 20): offset paging, whose cost grows with N.
local mode = os.getenv("MODE") or "after"
local maxPage = tonumber(os.getenv("MAX_PAGE") or "499")
local kana = { "ア", "イ", "ウ", "エ", "オ", "カ", "キ", "ク", "ケ", "コ", "サ", "シ", "ス", "セ", "ソ", "タ", "チ", "ツ",
  "テ", "ト", "ナ", "ニ", "ヌ", "ネ", "ノ", "ハ", "ヒ", "フ", "ヘ", "ホ", "マ", "ミ", "ム", "メ", "モ", "ヤ", "ユ", "ヨ",
  "ラ", "リ", "ル", "レ", "ロ", "ワ" }
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
math.randomseed(42)
request = function()
  if mode == "page" then
    return wrk.format("GET", "/api/groups?size=20&page=" .. math.random(0, maxPage))
  end
  return wrk.format("GET", "/api/groups?size=20&after=" .. encode(kana[math.random(#kana)] .. kana[math.random(#kana)]))
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
    + summary.errors.timeout
  io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
    summary.requests, errors, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
