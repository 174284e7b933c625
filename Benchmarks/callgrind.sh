#!/usr/bin/env bash
# Instruction counts (valgrind's callgrind) of the decision path, on a release build:
#   - instructions per message of `norms check --batch` (all of it, and inside the evaluator) for
#     generated policies of 10, 50, 100, 1,000 and 10,000 rules over the same people and channels
#     (Benchmarks/generate-policy.py), as the difference between 200 and 2,200 messages / 2,000;
#   - one `norms check` process (one message, policies/oncall.yaml) against a Swift program that
#     only loads Foundation and one TimeZone.
# Instruction counts do not depend on how busy the machine is, unlike times.
#
#   Benchmarks/callgrind.sh                       # builds and measures the release `norms`
#   NORMS=/path/to/norms Benchmarks/callgrind.sh  # measures another binary
#   RULES="50 1000" Benchmarks/callgrind.sh       # only these policy sizes
#   POLICIES="a.yaml b.yaml" MESSAGES=m.jsonl Benchmarks/callgrind.sh
#       # these policies instead of generated ones, and messages from m.jsonl (its lines repeated
#       # in turn to make 200 and 2,200; without MESSAGES, the generated messages)
#   CHECK_POLICY=p.yaml CHECK_MESSAGE=m.yaml Benchmarks/callgrind.sh   # the one-process case
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${NORMS:-}" ]; then
    # Linked as scripts/install.sh links it: the Swift runtime and Foundation inside, on Linux.
    swift build -c release --product norms --scratch-path "${SCRATCH:-.build}" \
        $([ "$(uname -s)" = Linux ] && echo --static-swift-stdlib) >&2
    NORMS="${SCRATCH:-.build}/release/norms"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. Benchmarks/valgrind-readable.sh

instructions() { sed -n 's/^summary: //p' "$1"; }
evaluator() {
    callgrind_annotate --inclusive=yes "$1" 2> /dev/null | grep 'EvaluatorV8evaluate_6tracer' | head -n 1 \
        | sed 's/^ *\([0-9,]*\).*/\1/' | tr -d ,
}

if [ -n "${MESSAGES:-}" ]; then
    awk '{ line[n++] = $0 } END { for (i = 0; i < 2200; i++) print line[i % n] }' "$MESSAGES" > "$work/m2200.jsonl"
else
    python3 Benchmarks/generate-policy.py 10 "$work/unused.yaml" "$work/m2200.jsonl" 2200
fi
head -n 200 "$work/m2200.jsonl" > "$work/m200.jsonl"
policies=()
if [ -n "${POLICIES:-}" ]; then
    read -r -a policies <<< "$POLICIES"
else
    for rules in ${RULES:-10 50 100 1000 10000}; do
        python3 Benchmarks/generate-policy.py "$rules" "$work/$rules rules.yaml"
        policies+=("$work/$rules rules.yaml")
    done
fi
printf '%-24s %14s %14s\n' policy "instr/message" "in evaluator"
for policy in "${policies[@]}"; do
    for lines in 200 2200; do
        valgrind --tool=callgrind --callgrind-out-file="$work/cg-$lines.out" "$NORMS" check \
            --policy "$policy" --batch "$work/m$lines.jsonl" --jobs 1 > /dev/null 2>&1 || true
    done
    total=$(( ($(instructions "$work/cg-2200.out") - $(instructions "$work/cg-200.out")) / 2000 ))
    inside=$(( ($(evaluator "$work/cg-2200.out") - $(evaluator "$work/cg-200.out")) / 2000 ))
    printf '%-24s %14s %14s\n' "$(basename "$policy" .yaml)" "$total" "$inside"
done

# One process: `norms check` against the cost of starting Swift with Foundation and one zone.
cat > "$work/baseline.swift" <<'SWIFT'
import Foundation
let zone = TimeZone(identifier: "America/Los_Angeles")!
print(zone.secondsFromGMT(for: Date(timeIntervalSince1970: 1_764_000_000)))
SWIFT
swiftc -O "$work/baseline.swift" -o "$work/baseline" 2> /dev/null
valgrind --tool=callgrind --callgrind-out-file="$work/cg-baseline.out" "$work/baseline" > /dev/null 2>&1
valgrind --tool=callgrind --callgrind-out-file="$work/cg-check.out" "$NORMS" check \
    --policy "${CHECK_POLICY:-policies/oncall.yaml}" "${CHECK_MESSAGE:-examples/messages/outage-at-night.yaml}" \
    > /dev/null 2>&1 || true
baseline=$(instructions "$work/cg-baseline.out")
check=$(instructions "$work/cg-check.out")
echo "one norms check process: $check instructions; Foundation + one TimeZone: $baseline;" \
    "ratio $(python3 -c "print(round($check / $baseline, 2))")"
