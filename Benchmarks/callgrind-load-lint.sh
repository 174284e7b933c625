#!/usr/bin/env bash
# What loading and linting a large policy costs, with callgrind and /usr/bin/time:
#
# - load: instructions per byte of policy that `norms check` spends on a 3,000-rule policy
#   (about 545 KB) beyond a 50-rule one, so start-up and the one decision cancel out;
# - libyaml alone: the same difference for a C program that only runs libyaml's parser over the
#   file and deletes each event, the floor under any loader built on libyaml;
# - memory: the peak resident memory of `norms check` on an 11,000-rule policy (about 2 MB) above
#   the same command on a 1-rule policy, as a multiple of the file's size;
# - lint: instructions of `norms lint` on a 1,000-rule policy, start-up included;
# - overlap: instructions of `norms lint` on 1,999 rules with 240-tag lists, the worst case for
#   the checks that compare rules pair by pair.
#
#   Benchmarks/callgrind-load-lint.sh                       # builds and measures the release `norms`
#   NORMS=/path/to/norms Benchmarks/callgrind-load-lint.sh  # measures another binary
#   SCRATCH=.build-perf Benchmarks/callgrind-load-lint.sh   # builds in another scratch folder
#
# Policies come from Benchmarks/generate-policy.py (fixed seed); POLICY_SEED=N varies the seed.
# Needs valgrind, GNU time, a C compiler and pkg-config.
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

for rules in 1 50 1000 3000 11000; do
    python3 Benchmarks/generate-policy.py "$rules" "$work/p$rules.yaml"
done
# 1,999 rules on one channel, each with the same 240 tags but one: every pair may overlap.
python3 - "$work/tags.yaml" <<'EOF'
import sys
tags = [f"tag-{i}" for i in range(241)]
lines = ["norms: 1", "name: Overlapping tag lists", "timezone: Europe/Berlin",
         "channels:", "  chat: {mode: async, reply_within: 4 business hours}", "rules:"]
for index in range(1999):
    chosen = ", ".join(tag for position, tag in enumerate(tags) if position != index % 241)
    lines.append(f"  - {{id: rule-{index}, when: {{channel: chat, tags: {{any: [{chosen}]}}}}, then: {{reply_within: {index % 50 + 1}h}}}}")
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
EOF

check=(check --channel chat --from person-1 --to person-2 --at 2026-11-30T10:00:00Z --policy)

# Prints the instructions callgrind counts for a command.
instructions() {
    local out="$work/cg.out"
    valgrind --tool=callgrind --callgrind-out-file="$out" "$@" > /dev/null 2> "$work/valgrind.log" || true
    sed -n 's/^summary: //p' "$out"
}

# Prints the peak resident memory of a command, in KB.
peak_kb() {
    /usr/bin/time -v "$@" 2>&1 > /dev/null | sed -n 's/.*Maximum resident set size (kbytes): //p'
}

size() { wc -c < "$1"; }

# libyaml alone: parse and delete every event, nothing else.
cat > "$work/libyaml-only.c" <<'C'
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>
int main(int argc, char **argv) {
    FILE *file = fopen(argv[1], "rb");
    if (!file) return 2;
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    unsigned char *bytes = malloc(size > 0 ? size : 1);
    if (fread(bytes, 1, size, file) != (size_t)size) return 2;
    fclose(file);
    yaml_parser_t parser;
    yaml_event_t event;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, bytes, size);
    for (int done = 0; !done;) {
        if (!yaml_parser_parse(&parser, &event)) return 1;
        done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    free(bytes);
    return 0;
}
C
cc -O2 "$work/libyaml-only.c" -o "$work/libyaml-only" $(pkg-config --cflags --libs yaml-0.1)

small=$(instructions "$NORMS" "${check[@]}" "$work/p50.yaml")
large=$(instructions "$NORMS" "${check[@]}" "$work/p3000.yaml")
bytes=$(( $(size "$work/p3000.yaml") - $(size "$work/p50.yaml") ))
libyaml=$(( ($(instructions "$work/libyaml-only" "$work/p3000.yaml") - $(instructions "$work/libyaml-only" "$work/p50.yaml")) / bytes ))

baseline=$(peak_kb "$NORMS" "${check[@]}" "$work/p1.yaml")
peak=$(peak_kb "$NORMS" "${check[@]}" "$work/p11000.yaml")
big=$(size "$work/p11000.yaml")

lint=$(instructions "$NORMS" lint "$work/p1000.yaml")
overlap=$(instructions "$NORMS" lint "$work/tags.yaml")

echo "binary:                          $NORMS"
echo "load, instructions per byte:     $(( (large - small) / bytes ))  (3,000 rules: $large, 50 rules: $small, $bytes bytes apart)"
echo "libyaml alone, per byte:         $libyaml"
awk -v peak="$peak" -v base="$baseline" -v size="$big" 'BEGIN {
    printf "peak memory above baseline:      %.1f x the file  (%d KB - %d KB for %d bytes)\n", (peak - base) * 1024 / size, peak, base, size }'
echo "lint of 1,000 rules:             $lint instructions"
echo "lint of 1,999 rules x 240 tags:  $overlap instructions"
