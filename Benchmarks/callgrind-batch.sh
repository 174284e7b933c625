#!/usr/bin/env bash
# Instructions per message of `norms check --batch`, split into the evaluator's share and the rest
# (reading, JSON, message loading, writing), with callgrind.
#
# Runs the batch on 2,000 and on 22,000 lines of Benchmarks/batch-input.sh and divides the
# difference by 20,000, so start-up (loading the policy, building the evaluator) cancels out.
#
#   Benchmarks/callgrind-batch.sh                       # builds and measures the release `norms`
#   NORMS=/path/to/norms Benchmarks/callgrind-batch.sh  # measures another binary
#   POLICY=my.yaml MESSAGES=my.jsonl Benchmarks/callgrind-batch.sh
#                                     # any policy, and any JSON-lines file, whose lines are repeated
#                                     # in turn to make the 2,000 and 22,000 lines
#
# The batch runs with `--jobs 1` when the binary has `--jobs`, so the count holds no waiting on
# other threads. Needs valgrind (callgrind_annotate comes with it).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${NORMS:-}" ]; then
    # Linked as scripts/install.sh links it: the Swift runtime and Foundation inside, on Linux.
    swift build -c release --product norms --scratch-path "${SCRATCH:-.build}" \
        $([ "$(uname -s)" = Linux ] && echo --static-swift-stdlib) >&2
    NORMS="${SCRATCH:-.build}/release/norms"
fi
policy=${POLICY:-policies/support.yaml}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
binary=$NORMS
. Benchmarks/valgrind-readable.sh
jobs=()
if "$NORMS" check --help | grep -q -- '--jobs'; then jobs=(--jobs 1); fi

# Prints "TOTAL EVALUATE": all instructions, and those inside Evaluator.evaluate(_:trace:).
count() {
    local lines=$1
    if [ -n "${MESSAGES:-}" ]; then
        awk -v lines="$lines" '{ line[n++] = $0 } END { for (i = 0; i < lines; i++) print line[i % n] }' \
            "$MESSAGES" > "$work/in-$lines.jsonl"
    else
        Benchmarks/batch-input.sh "$lines" > "$work/in-$lines.jsonl"
    fi
    valgrind --tool=callgrind --callgrind-out-file="$work/cg-$lines.out" \
        "$NORMS" check --policy "$policy" --batch "$work/in-$lines.jsonl" "${jobs[@]}" > /dev/null 2> "$work/valgrind-$lines.log" || true
    local total evaluate
    total=$(sed -n 's/^summary: //p' "$work/cg-$lines.out")
    evaluate=$(callgrind_annotate --inclusive=yes --threshold=100 "$work/cg-$lines.out" 2> /dev/null \
        | grep 'EvaluatorV8evaluate_5trace' | sed 's/^ *\([0-9,]*\).*/\1/' | tr -d , | sort -n | tail -n 1)
    echo "$total ${evaluate:-0}"
}

read -r small_total small_evaluate < <(count 2000)
read -r large_total large_evaluate < <(count 22000)
total=$(( (large_total - small_total) / 20000 ))
evaluate=$(( (large_evaluate - small_evaluate) / 20000 ))
echo "binary:                 $binary ${jobs[*]}"
echo "policy:                 $policy${MESSAGES:+, messages from $MESSAGES}"
echo "instructions/message:   $total"
echo "  in the evaluator:     $evaluate"
echo "  reading and writing:  $(( total - evaluate ))"
