#!/usr/bin/env bash
# Measures `norms audit` on a large log: lines per second (wall clock, median of RUNS runs, release
# build, --jobs = cores) and peak memory, and instructions per line under callgrind (one thread).
#
#   Benchmarks/audit-throughput.sh [LINES] [RUNS]        (default: 1,000,000 lines, 3 runs)
#
# The log is examples/logs/four-weeks.jsonl repeated to LINES lines: the example's mix of
# customer chats, engineers' messages and incidents, against policies/support-and-engineering.yaml.
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-1000000}
runs=${2:-3}
policy=policies/support-and-engineering.yaml
example=examples/logs/four-weeks.jsonl
swift build -c release --product norms >/dev/null
norms=.build/release/norms
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

awk -v lines="$lines" '{ pattern[n++] = $0 } END { for (i = 0; i < lines; i++) print pattern[i % n] }' \
    "$example" >"$work/log.jsonl"
echo "log: $lines lines, $(( $(stat -c %s "$work/log.jsonl") / 1048576 )) MiB"

rates=()
for run in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" "$norms" audit --policy "$policy" "$work/log.jsonl" --format json -o "$work/report.json"
    read -r seconds peak <"$work/time"
    rate=$(python3 -c "print(round($lines / $seconds))")
    rates+=("$rate")
    echo "run $run: $seconds s, $rate lines/s, peak memory $(( peak / 1024 )) MiB"
done
median=$(printf '%s\n' "${rates[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
echo "median: $median lines/s"

# Instructions per line: the example log once, less an empty log (start-up and the policy).
sample=$(wc -l <"$example")
NORMS=$norms
. Benchmarks/valgrind-readable.sh
count() {
    valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$NORMS" audit --policy "$policy" "$1" \
        --jobs 1 --format json -o /dev/null >/dev/null 2>"$work/cg.log"
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/cg.log"
}
: >"$work/empty.jsonl"
with=$(count "$example")
without=$(count "$work/empty.jsonl")
echo "callgrind: $(( (with - without) / sample )) instructions per line ($sample lines; start-up $without)"
