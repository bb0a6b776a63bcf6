#!/usr/bin/env bash
# Event import benchmark (issue 4: "importing all files of events-dev ≤ 10 s"): imports every file of a folder
# (default ../shared/data/events-dev) with the command line, in one JVM, into a fresh data directory, and prints
# the import's own time (the sum the reports give, without start-up) and the wall time. A second run of the
# same files follows: it must change nothing ("新規0件、変更0件").
#
#   bench/events-import.sh [folder]
#
# Needs target/tomoni.jar (mvn -DskipTests package). Figures are measurements, not a build criterion.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
FOLDER="${1:-/work/shared/data/events-dev}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
for candidate in /usr/lib/jvm/*25*/bin/java; do [[ -x "$candidate" ]] && JAVA="$candidate" && break; done
[[ -f "$ROOT/target/tomoni.jar" ]] || { echo "target/tomoni.jar is missing: mvn -DskipTests package" >&2; exit 2; }
[[ -d "$FOLDER" ]] || { echo "no folder $FOLDER" >&2; exit 2; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in first second; do
	start=$(date +%s.%N)
	"$JAVA" -Xmx512m -jar "$ROOT/target/tomoni.jar" import events "$FOLDER"/*.csv --tomoni.data-dir="$WORK/data" \
		> "$WORK/$run.txt" || { echo "exit status $?"; tail -20 "$WORK/$run.txt"; exit 1; }
	end=$(date +%s.%N)
	import_ms=$(grep -o '取り込みました([0-9]*ミリ秒)' "$WORK/$run.txt" | grep -o '[0-9]*' | paste -sd+ | bc)
	files=$(grep -c '取り込みました' "$WORK/$run.txt")
	created=$(grep -o '新規[0-9]*件' "$WORK/$run.txt" | grep -o '[0-9]*' | paste -sd+ | bc)
	changed=$(grep -o '変更[0-9]*件' "$WORK/$run.txt" | grep -o '[0-9]*' | paste -sd+ | bc)
	printf '%s run: %d files, %d new, %d changed; import %.1f s (sum of the reports), wall %.1f s with start-up\n' \
		"$run" "$files" "$created" "$changed" "$(echo "$import_ms/1000" | bc -l)" "$(echo "$end-$start" | bc -l)"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
