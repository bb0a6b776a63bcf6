#!/usr/bin/env bash
# Event search under load (issue 4: with 100,000 events, GET /api/events?q=… p95 ≤ 50 ms at 16 connections; the
# month calendar p95 ≤ 100 ms). Generates N events (bench/generate-events.py), imports them with the command
# line into a fresh data directory, starts the application in a 512 MB heap and runs wrk with 16 connections
# against the API (rotating queries) and, when it exists, the calendar page (rotating months).
#
#   bench/events-search.sh [events] [port] [seconds]     defaults: 100000 18082 30
#
# Needs target/tomoni.jar (mvn -DskipTests package) and wrk. Bounded: the start gives up after 600 s.
set -euo pipefail
N="${1:-100000}"
PORT="${2:-18082}"
SECONDS_PER_RUN="${3:-30}"
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
for candidate in /usr/lib/jvm/*25*/bin/java; do [[ -x "$candidate" ]] && JAVA="$candidate" && break; done
[[ -f "$ROOT/target/tomoni.jar" ]] || { echo "target/tomoni.jar is missing: mvn -DskipTests package" >&2; exit 2; }
command -v wrk > /dev/null || { echo "wrk is missing" >&2; exit 2; }
WORK="$(mktemp -d)"
APP=""
cleanup() { [[ -n "$APP" ]] && kill "$APP" 2> /dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$ROOT/bench/generate-events.py" "$N" "$WORK/csv"
cd "$WORK"
start=$(date +%s)
"$JAVA" -Xmx512m -jar "$ROOT/target/tomoni.jar" import events "$WORK"/csv/*.csv --tomoni.data-dir="$WORK/data" \
	> "$WORK/import.txt"
echo "import of $N events: $(( $(date +%s) - start )) s"
"$JAVA" -Xmx512m -jar "$ROOT/target/tomoni.jar" --server.port="$PORT" --tomoni.data-dir="$WORK/data" \
	> "$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 600); do
	curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null 2>&1 && break
	sleep 1
done
curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null || { echo "the application did not start"; tail -30 "$WORK/app.log"; exit 1; }
# A minute of warm-up (JIT), then the measured runs.
wrk -t2 -c16 -d60s -s "$ROOT/bench/events-search.lua" "http://127.0.0.1:$PORT" > /dev/null
echo "API: $(wrk -t2 -c16 -d"${SECONDS_PER_RUN}"s -s "$ROOT/bench/events-search.lua" "http://127.0.0.1:$PORT" | grep RESULT)"
MONTH=$(date +%Y-%m)
if curl -fs -o /dev/null "http://127.0.0.1:$PORT/events/calendar?month=$MONTH"; then
	MONTHS=$(for k in 0 1 2 3 4 5; do date -d "$MONTH-01 +$k month" +%Y-%m; done | paste -sd,)
	echo "calendar: $(MONTHS="$MONTHS" PATH_PREFIX="/events/calendar?month=" wrk -t2 -c16 -d"${SECONDS_PER_RUN}"s \
		-s "$ROOT/bench/events-search.lua" "http://127.0.0.1:$PORT" | grep RESULT)"
else
	echo "calendar: /events/calendar is not there in this build"
fi
echo "RSS: $(ps -o rss= -p "$APP") kB; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
