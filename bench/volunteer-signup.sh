#!/usr/bin/env bash
# Volunteer sign-up under contention (issue 5: 50 residents pressing at once for the same shift: no overbooking,
# p95 ≤ 200 ms). Starts the packaged application on a fresh data directory in a 512 MB heap (as events-search.sh
# does), then bench/volunteer-signup.py prepares 50 signed-in residents through the real pages (sign-up, the
# confirmation link from the mail outbox, sign-in), posts one shift per round as the demo group administrator, and
# fires the 50 sign-ups at the same instant; it prints p50/p95/max and checks that exactly the capacity was taken.
#
#   bench/volunteer-signup.sh [residents] [capacity] [rounds] [warm-up rounds] [port]     defaults: 50 20 10 20 18083
#   JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/signup.jfr bench/volunteer-signup.sh …   (a profile)
#
# Needs target/tomoni.jar (mvn -DskipTests package) and python3. Prints the load average (2 cores shared) before
# and after: the figures mean little without it. Exit status 1 when a round took more or fewer places than capacity.
set -euo pipefail
RESIDENTS="${1:-50}"
CAPACITY="${2:-20}"
ROUNDS="${3:-10}"
WARMUP="${4:-20}"
PORT="${5:-18083}"
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
for candidate in /usr/lib/jvm/*25*/bin/java; do [[ -x "$candidate" ]] && JAVA="$candidate" && break; done
[[ -f "$ROOT/target/tomoni.jar" ]] || { echo "target/tomoni.jar is missing: mvn -DskipTests package" >&2; exit 2; }
command -v python3 > /dev/null || { echo "python3 is missing" >&2; exit 2; }
WORK="$(mktemp -d)"
APP=""
stop() {
	[[ -n "$APP" ]] || return 0
	kill "$APP" 2> /dev/null || return 0
	for _ in $(seq 30); do kill -0 "$APP" 2> /dev/null || return 0; sleep 1; done
	kill -9 "$APP" 2> /dev/null || true
}
cleanup() { stop; rm -rf "$WORK"; }
trap cleanup EXIT
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
cd "$WORK"
"$JAVA" -Xmx512m ${JAVA_OPTS:-} -jar "$ROOT/target/tomoni.jar" --server.port="$PORT" --tomoni.data-dir="$WORK/data" \
	--tomoni.volunteering.reminder-cron=- > "$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 300); do
	curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null 2>&1 && break
	sleep 1
done
curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null || { echo "the application did not start"; tail -30 "$WORK/app.log"; exit 1; }
# The demo data loads after the start: wait for the demo opportunities' page to answer.
for _ in $(seq 60); do curl -fs "http://127.0.0.1:$PORT/volunteering" | grep -q 'data-opportunity-id' && break; sleep 1; done
status=0
APP_PID="$APP" python3 "$ROOT/bench/volunteer-signup.py" "http://127.0.0.1:$PORT" "$RESIDENTS" "$CAPACITY" "$ROUNDS" "$WARMUP" || status=$?
echo "RSS: $(ps -o rss= -p "$APP") kB; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
