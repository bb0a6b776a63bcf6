#!/usr/bin/env bash
# Event search under load (issue 4: with 100,000 events, GET /api/events?q=… p95 ≤ 50 ms at 16 connections; the
# month calendar p95 ≤ 100 ms). Generates N events (bench/generate-events.py), imports them with the command
# line into a fresh data directory, starts the application in a 512 MB heap and runs wrk with 16 connections
# against the API (rotating queries) and, when it exists, the calendar page (rotating months).
#
#   bench/events-search.sh [events] [port] [seconds]     defaults: 100000 18082 30
#   KEEP=/tmp/events-100k bench/events-search.sh …       keeps the imported data there, and reuses it on the next run
#                                                         (no generation, no import)
#
# Needs target/tomoni.jar (mvn -DskipTests package) and wrk. Bounded: the start gives up after 600 s. Prints the
# load average (2 cores shared) before and after: the figures mean little without it.
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
WORK="${KEEP:-$(mktemp -d)}"
mkdir -p "$WORK"
APP=""
# Stops the application it started (by its process id), waiting for it: requests still queued can hold it a while.
stop() {
	[[ -n "$APP" ]] || return 0
	kill "$APP" 2> /dev/null || return 0
	for _ in $(seq 30); do kill -0 "$APP" 2> /dev/null || return 0; sleep 1; done
	kill -9 "$APP" 2> /dev/null || true
}
cleanup() { stop; [[ -n "${KEEP:-}" ]] || rm -rf "$WORK"; }
trap cleanup EXIT
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
cd "$WORK"
if [[ -d "$WORK/data" ]]; then
	echo "reusing the data imported in $WORK/data"
else
	python3 "$ROOT/bench/generate-events.py" "$N" "$WORK/csv"
	start=$(date +%s)
	status=0
	"$JAVA" -Xmx512m -jar "$ROOT/target/tomoni.jar" import events "$WORK"/csv/*.csv --tomoni.data-dir="$WORK/data" \
		> "$WORK/import.txt" 2>&1 || status=$?
	import_ms=$(grep -o '取り込みました([0-9]*ミリ秒)' "$WORK/import.txt" | grep -o '[0-9]*' | paste -sd+ | bc)
	created=$(grep -o '新規[0-9]*件' "$WORK/import.txt" | grep -o '[0-9]*' | paste -sd+ | bc)
	echo "import of $N events: exit status $status, $created new; import $((import_ms / 1000)) s (sum of the reports)," \
		"wall $(( $(date +%s) - start )) s with start-up; load $(cut -d' ' -f1-3 /proc/loadavg)"
	[[ $status -eq 0 ]] || { tail -20 "$WORK/import.txt"; exit 1; }
fi
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
echo "API: load $(cut -d' ' -f1-3 /proc/loadavg): $(wrk -t2 -c16 -d"${SECONDS_PER_RUN}"s -s "$ROOT/bench/events-search.lua" "http://127.0.0.1:$PORT" | grep RESULT)"
MONTH=$(date +%Y-%m)
if curl -fs -o /dev/null "http://127.0.0.1:$PORT/events/calendar?month=$MONTH"; then
	MONTHS=$(for k in 0 1 2 3 4 5; do date -d "$MONTH-01 +$k month" +%Y-%m; done | paste -sd,)
	MONTHS="$MONTHS" PATH_PREFIX="/events/calendar?month=" wrk -t2 -c16 -d20s -s "$ROOT/bench/events-search.lua" \
		"http://127.0.0.1:$PORT" > /dev/null
	echo "calendar: load $(cut -d' ' -f1-3 /proc/loadavg): $(MONTHS="$MONTHS" PATH_PREFIX="/events/calendar?month=" wrk -t2 -c16 -d"${SECONDS_PER_RUN}"s \
		-s "$ROOT/bench/events-search.lua" "http://127.0.0.1:$PORT" | grep RESULT)"
else
	echo "calendar: /events/calendar is not there in this build"
fi
echo "RSS: $(ps -o rss= -p "$APP") kB; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
