#!/usr/bin/env bash
# Writes a JSON-lines file of LINES messages for `norms check --policy policies/support.yaml --batch`:
# the five messages of examples/messages/batch.jsonl in turn, each with its own customer number.
#
#   Benchmarks/batch-input.sh 200000 > /tmp/batch-200k.jsonl
#   Benchmarks/batch-input.sh 200000 --ids > /tmp/batch-200k-ids.jsonl   # with "id": "m1", "m2", …
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:?usage: Benchmarks/batch-input.sh LINES [--ids]}
ids=${2:-}
awk -v lines="$lines" -v ids="$ids" '
    { pattern[n++] = $0 }
    END {
        for (i = 0; i < lines; i++) {
            line = pattern[i % n]
            sub(/customer-100[0-9]/, "customer-" (100000 + i), line)
            if (ids == "--ids") sub(/^\{/, "{\"id\": \"m" (i + 1) "\", ", line)
            print line
        }
    }' examples/messages/batch.jsonl
