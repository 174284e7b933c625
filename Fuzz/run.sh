#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for SECONDS (default 30) from its seed corpus.
#
#   bash Fuzz/run.sh [SECONDS] [TARGET...]     TARGET: yaml, policy, message, lint, calendar (default: all)
#
# A crash, a timeout (one input over 10 s) or running out of memory (over 2 GiB) stops that
# target; its input is copied into Fuzz/Crashes/ and the script exits with status 1 once every
# target has run. New inputs the fuzzer finds go to a temporary folder, never into Fuzz/Corpus/.
# FUZZ_SCRATCH names the build folder (default: .build-fuzz beside Fuzz/); FUZZ_SKIP_BUILD=1
# reuses the binaries already there; FUZZ_JOBS runs that many fuzzing processes per target.
set -euo pipefail
cd "$(dirname "$0")"
fuzz_dir=$(pwd)
seconds=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(yaml policy message lint calendar)
scratch=${FUZZ_SCRATCH:-$fuzz_dir/../.build-fuzz}

binary_of() {
    case "$1" in
        yaml) echo FuzzYAML ;;
        policy) echo FuzzPolicy ;;
        message) echo FuzzMessage ;;
        lint) echo FuzzLint ;;
        calendar) echo FuzzCalendar ;;
        *) echo "unknown fuzz target '$1' (the targets are yaml, policy, message, lint, calendar)" >&2; exit 64 ;;
    esac
}
for target in "${targets[@]}"; do binary_of "$target" >/dev/null; done

# SwiftPM passes `-sanitize=fuzzer` and `-sanitize=address` to swiftc as two flags in no fixed
# order, and swiftc keeps only the last: the combined flag after them gives both, every time.
build_flags=(-c debug --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address
    -Xswiftc -parse-as-library --scratch-path "$scratch")

if [ "${FUZZ_SKIP_BUILD:-0}" != 1 ]; then
    echo "== building the fuzzers (debug, fuzzer and address sanitizers)"
    build_log=$(mktemp)
    start=$(date +%s)
    # The linker warns about every sanitizer symbol it cannot export; keep the log for a failure.
    if ! swift build "${build_flags[@]}" >"$build_log" 2>&1; then
        grep -v "Cannot export local symbol" "$build_log" | tail -n 60
        echo "the fuzzers do not build" >&2
        exit 2
    fi
    echo "built in $(( $(date +%s) - start )) s"
    rm -f "$build_log"
fi
bin_dir=$(swift build "${build_flags[@]}" --show-bin-path 2>/dev/null)

# A binary without coverage would fuzz blind and still pass: stop instead.
if command -v readelf >/dev/null; then
    for target in "${targets[@]}"; do
        sections=$(readelf -S "$bin_dir/$(binary_of "$target")")
        if [[ "$sections" != *__sancov_cntrs* ]]; then
            echo "$(binary_of "$target") has no libFuzzer coverage: rebuild with -Xswiftc -sanitize=fuzzer,address" >&2
            exit 2
        fi
    done
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=()
for target in "${targets[@]}"; do
    binary="$bin_dir/$(binary_of "$target")"
    mkdir -p "$work/$target/corpus" "$work/$target/artifacts"
    echo "== fuzzing $target for ${seconds} s"
    log="$work/$target/log"
    status=0
    # -jobs/-workers only when asked: on 2 cores one process per target is the default.
    "$binary" "$work/$target/corpus" "$fuzz_dir/Corpus/$target" \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
        -artifact_prefix="$work/$target/artifacts/" -print_final_stats=1 \
        ${FUZZ_JOBS:+-jobs="$FUZZ_JOBS" -workers="$FUZZ_JOBS"} >"$log" 2>&1 || status=$?
    grep -E "^(#[0-9]+[[:space:]]+(INITED|DONE)|stat::number_of_executed_units|stat::peak_rss_mb)" "$log" || true
    artifacts=("$work/$target/artifacts/"*)
    if [ "$status" -ne 0 ] || [ -e "${artifacts[0]}" ]; then
        mkdir -p "$fuzz_dir/Crashes"
        for artifact in "${artifacts[@]}"; do
            [ -e "$artifact" ] || continue
            cp "$artifact" "$fuzz_dir/Crashes/$target-$(basename "$artifact")"
            echo "   kept $fuzz_dir/Crashes/$target-$(basename "$artifact")"
        done
        grep -v "^INFO:" "$log" | grep -E -A40 "ERROR|Fatal error|deadly signal|timeout|out-of-memory" | head -n 80 || tail -n 40 "$log"
        echo "** $target failed (status $status)"
        failed+=("$target")
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing found problems in: ${failed[*]} (inputs in Fuzz/Crashes/)" >&2
    exit 1
fi
echo "no crash, timeout or memory blow-up in ${targets[*]} (${seconds} s each)"
