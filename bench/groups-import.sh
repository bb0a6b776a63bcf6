#!/usr/bin/env bash
# Import benchmark (issue 3: "importing and indexing 100,000 rows ≤ 120 s, within a 512 MB heap"): runs the
# command-line import of a generated Tomoni-format CSV with -Xmx512m and prints the seconds and the peak
# resident set size. Runs in a fresh, empty working directory (new H2 file database, new Lucene index,
# demonstration data loaded by the first run).
#
#   bench/groups-import.sh [rows]        rows: default 100000
#
# Two runs: a one-row import first (start-up, demonstration data, the first index), then the measured import
# of all rows; the figure to read is the second run's seconds, and "import ≈" subtracts the first run's, which
# is mostly start-up. Needs target/tomoni.jar (mvn -DskipTests package). Figures are measurements, never a
# pass/fail criterion of the build (see docs/performance.md).
set -euo pipefail

ROWS="${1:-100000}"
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

if ! [[ "$ROWS" =~ ^[1-9][0-9]*$ ]]; then
	echo "usage: bench/groups-import.sh [rows]" >&2
	exit 2
fi
if [[ ! -f "$ROOT/target/tomoni.jar" ]]; then
	echo "target/tomoni.jar is missing: run mvn -DskipTests package first" >&2
	exit 2
fi

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
	echo "No JDK 25 found (set JAVA_HOME or install one under /usr/lib/jvm)" >&2
	exit 2
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/tomoni-import-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
python3 "$ROOT/bench/generate-groups.py" "$ROWS" --csv > "$WORK/groups.csv"
python3 "$ROOT/bench/generate-groups.py" 1 --csv | sed 's/bench-0/warm-up-0/; s/,[0-9]\{13\},/,,/' > "$WORK/one.csv"
echo "rows: $ROWS ($(du -h "$WORK/groups.csv" | cut -f1)), java: $JAVA, load: $(cut -d' ' -f1-3 /proc/loadavg)"

# Runs one import in $WORK; prints "seconds peak-RSS-MB exit-status".
run_import() {
	local file="$1" log="$WORK/$2.log" status=0
	(cd "$WORK" && /usr/bin/time -f '%e %M' -o "$WORK/$2.time" \
		"$JAVA" -Xmx512m -jar "$ROOT/target/tomoni.jar" import groups "$file" --format=tomoni \
		--as=admin@example.jp --logging.level.jp.tomoni.groups.GroupImports=INFO > "$log" 2>&1) || status=$?
	# GNU time writes "Command exited with non-zero status N" above the figures when the command fails.
	read -r seconds rss_kb < <(tail -n 1 "$WORK/$2.time")
	echo "$seconds $((rss_kb / 1024)) $status"
}

read -r warm_s warm_rss warm_status <<< "$(run_import "$WORK/one.csv" warm-up)"
if [[ "$warm_status" != "0" ]]; then
	echo "the warm-up import failed (exit $warm_status):" >&2
	cat "$WORK/warm-up.log" >&2
	exit 1
fi
read -r seconds rss status <<< "$(run_import "$WORK/groups.csv" import)"
grep -h -o 'Group import .*' "$WORK/import.log" || true
tail -n 3 "$WORK/import.log"
printf '%-28s %10s %14s %6s\n' "run" "seconds" "peak RSS (MB)" "exit"
printf '%-28s %10s %14s %6s\n' "start-up + 1 row" "$warm_s" "$warm_rss" "$warm_status"
printf '%-28s %10s %14s %6s\n' "start-up + $ROWS rows" "$seconds" "$rss" "$status"
echo "import ≈ $(echo "$seconds - $warm_s" | bc) s (second run minus the first)"
[[ "$status" == "0" ]]
