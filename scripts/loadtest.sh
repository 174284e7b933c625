#!/usr/bin/env bash
# Load test of `norms serve` over loopback with wrk: single-message checks at 1, 16 and 256
# connections, then a soak; prints throughput, p50/p99 latency, errors, and the server's resident
# memory before and after the soak.
#
#   bash scripts/loadtest.sh                  # builds the release binary first
#   NORMS=.build/release/norms DURATION=10 SOAK=60 bash scripts/loadtest.sh
#
# Settings (environment): NORMS (the binary; default: build and use .build/release/norms),
# DURATION (seconds per connection count, default 10), SOAK (seconds, default 60), SOAK_CONNECTIONS
# (default 256), PORT (default 18181), THREADS (wrk threads, default 2).
# Every step is bounded in time; the server is stopped however the script ends.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10}
SOAK=${SOAK:-60}
SOAK_CONNECTIONS=${SOAK_CONNECTIONS:-256}
PORT=${PORT:-18181}
THREADS=${THREADS:-2}

if ! command -v wrk >/dev/null; then
    echo "== installing wrk"
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -q && $SUDO apt-get install -y -q wrk
fi

if [ -z "${NORMS:-}" ]; then
    echo "== building the release binary"
    timeout 3600 swift build -c release --product norms
    NORMS=.build/release/norms
fi

work=$(mktemp -d)
server_pid=""
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# The night-time outage of examples/messages/outage-at-night.yaml, as JSON: two recipients, an
# escalation, a focus block: a decision that does real work.
cat > "$work/check.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"channel":"phone","from":"alertmanager","to":["ana","dev"],"sent_at":"2026-11-26T02:10:00Z","kind":"incident","tags":["outage"],"subject":"api-gateway: 5xx rate above 20% for 5 minutes"}'
done = function(summary, latency, requests)
    io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.0f p50_ms=%.3f p99_ms=%.3f errors=%d non2xx=%d\n",
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
        summary.errors.status))
end
LUA

"$NORMS" serve policies/ --port "$PORT" --log-format text 2> "$work/server.log" &
server_pid=$!
for _ in $(seq 300); do
    curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break
    sleep 0.1
done
curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null || { cat "$work/server.log"; echo "the server did not start" >&2; exit 1; }
check=$(curl -s -o /dev/null -w '%{http_code}' -X POST --data-binary \
    '{"channel":"phone","from":"alertmanager","to":["ana","dev"],"sent_at":"2026-11-26T02:10:00Z","kind":"incident","tags":["outage"]}' \
    "http://127.0.0.1:$PORT/v1/policies/oncall/check")
[ "$check" = 200 ] || { echo "a check answered $check, not 200" >&2; exit 1; }

rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$server_pid/status"; }

run() { # connections seconds
    local connections=$1 seconds=$2 threads=$THREADS
    [ "$connections" -lt "$threads" ] && threads=$connections
    timeout $((seconds + 60)) wrk -t "$threads" -c "$connections" -d "${seconds}s" --timeout 5s --latency \
        -s "$work/check.lua" "http://127.0.0.1:$PORT/v1/policies/oncall/check" | grep '^RESULT' \
        | sed "s/^RESULT/connections=$connections/"
}

echo "== $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
# A short warm-up, not reported.
run 16 2 >/dev/null
for connections in 1 16 256; do run "$connections" "$DURATION"; done
echo "== soak: $SOAK s at $SOAK_CONNECTIONS connections"
before=$(rss_kib)
run "$SOAK_CONNECTIONS" "$SOAK"
after=$(rss_kib)
echo "memory_kib before_soak=$before after_soak=$after"
echo "== the server still answers: $(curl -s "http://127.0.0.1:$PORT/healthz")"
