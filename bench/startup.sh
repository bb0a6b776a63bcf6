#!/usr/bin/env bash
# Start-up measurement: time from `java -jar target/tomoni.jar` to a healthy /actuator/health, and the
# resident set size right then. Each run starts on a fresh, empty working directory (new H2 file database,
# new Lucene index, demonstration data loaded), exactly as a first `java -jar` on a new machine.
#
#   bench/startup.sh [runs] [port]      runs: default 3; port: default 18080 (8080 may hold a demo instance)
#
# Prints a table and the medians, with the machine's load average at each launch (other work on the
# machine slows start-up a great deal, so read the figures together with it). Each run gives up after
# 120 s. Figures are measurements, never a pass/fail criterion of the build (see docs/performance.md).
set -euo pipefail

RUNS="${1:-3}"
PORT="${2:-${PORT:-18080}}"
TIMEOUT_S=120

cd "$(dirname "$0")/.."
ROOT="$(pwd)"

if ! [[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || ! [[ "$PORT" =~ ^[0-9]+$ ]]; then
	echo "usage: bench/startup.sh [runs] [port]" >&2
	exit 2
fi

# A JDK 25: $JAVA_HOME when it is one, otherwise the first under /usr/lib/jvm.
java_major() {
	"$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}
JAVA=""
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" && "$(java_major "$JAVA_HOME/bin/java")" == "25" ]]; then
	JAVA="$JAVA_HOME/bin/java"
else
	for candidate in /usr/lib/jvm/*25*/bin/java; do
		if [[ -x "$candidate" && "$(java_major "$candidate")" == "25" ]]; then
			JAVA="$candidate"
			break
		fi
	done
fi
if [[ -z "$JAVA" ]]; then
	echo "No JDK 25 found: set JAVA_HOME to one or install one under /usr/lib/jvm (e.g. Eclipse Temurin 25)." >&2
	exit 1
fi

if [[ ! -f target/tomoni.jar ]]; then
	echo "target/tomoni.jar is missing: building it (mvn -q -B package -DskipTests)…"
	mvn -q -B package -DskipTests
fi

if curl -s -o /dev/null --max-time 2 "http://localhost:$PORT/"; then
	echo "Something already answers on port $PORT; choose another: bench/startup.sh $RUNS <port>" >&2
	exit 1
fi

WORK="$(mktemp -d -t tomoni-bench.XXXXXX)"
PID=""
cleanup() {
	if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then
		kill -KILL "$PID" 2>/dev/null || true
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT

# A private copy of the jar, so that a concurrent `mvn package` cannot change it between runs.
cp target/tomoni.jar "$WORK/tomoni.jar"
JAR_BUILT="$(date -r target/tomoni.jar '+%Y-%m-%d %H:%M')"
JAVA_VERSION="$("$JAVA" -version 2>&1 | sed -n '2p')"

now_ms() { date +%s%3N; }

load1() { cut -d' ' -f1 /proc/loadavg; }

declare -a MS=() RSS=() LOAD=()
echo "Tomoni start-up: $RUNS run(s), port $PORT"
echo "  java: $JAVA ($JAVA_VERSION)"
echo "  jar:  $ROOT/target/tomoni.jar (built $JAR_BUILT)"
echo "  machine: $(nproc) CPU(s), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) memory"
echo

for ((run = 1; run <= RUNS; run++)); do
	DIR="$WORK/run-$run"
	mkdir -p "$DIR"
	cd "$DIR"
	LOAD+=("$(load1)")
	START="$(now_ms)"
	"$JAVA" -jar "$WORK/tomoni.jar" --server.port="$PORT" >"$DIR/app.log" 2>&1 &
	PID=$!
	HEALTHY=""
	while :; do
		if ! kill -0 "$PID" 2>/dev/null; then
			echo "run $run: the application exited before it was healthy; last lines of its log:" >&2
			tail -n 30 "$DIR/app.log" >&2
			exit 1
		fi
		if curl -s --max-time 2 "http://localhost:$PORT/actuator/health" | grep -q '"status":"UP"'; then
			HEALTHY="$(now_ms)"
			break
		fi
		if (($(now_ms) - START > TIMEOUT_S * 1000)); then
			echo "run $run: not healthy after ${TIMEOUT_S} s; giving up. Last lines of its log:" >&2
			tail -n 30 "$DIR/app.log" >&2
			exit 1
		fi
		sleep 0.05
	done
	RSS_KB="$(awk '/^VmRSS:/ {print $2}' "/proc/$PID/status")"
	MS+=("$((HEALTHY - START))")
	RSS+=("$((RSS_KB / 1024))")
	kill -TERM "$PID"
	for _ in $(seq 1 300); do
		kill -0 "$PID" 2>/dev/null || break
		sleep 0.1
	done
	kill -KILL "$PID" 2>/dev/null || true
	wait "$PID" 2>/dev/null || true
	PID=""
	cd "$ROOT"
	printf '  run %d done: %d ms, %d MiB\n' "$run" "${MS[-1]}" "${RSS[-1]}"
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }

echo
printf '| run | launch → healthy (ms) | RSS when healthy (MiB) | load average (1 min) at launch |\n'
printf '| ---: | ---: | ---: | ---: |\n'
for i in "${!MS[@]}"; do
	printf '| %d | %d | %d | %s |\n' "$((i + 1))" "${MS[$i]}" "${RSS[$i]}" "${LOAD[$i]}"
done
printf '| median | %d | %d | |\n' "$(median "${MS[@]}")" "$(median "${RSS[@]}")"
