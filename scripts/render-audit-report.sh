#!/usr/bin/env bash
# Renders the audit report of the example log in headless Chromium, as a person would see it:
# checks that every chart is drawn with a size and that the page logs no error (a blocked
# resource, a script, a broken SVG), and writes the screenshots of docs/audit.md.
#
#   scripts/render-audit-report.sh [OUTPUT_FOLDER]      (default: docs/)
#
# Writes OUTPUT_FOLDER/audit-report.html and audit-report.png (the whole page), and one PNG per
# chart: audit-heatmap.png, audit-compliance.png, audit-rules.png, audit-trend.png.
# NORMS names the norms binary (default: a debug build of this checkout). Chromium comes from
# Debian's package, installed when missing. Exit 0 when every check passes, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs}"
mkdir -p "$out"

if ! command -v chromium >/dev/null; then
    echo "== installing chromium"
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -q && $SUDO apt-get install -y -q chromium
fi
if [ -z "${NORMS:-}" ]; then
    swift build --product norms >/dev/null
    NORMS=.build/debug/norms
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
report="$out/audit-report.html"
"$NORMS" audit --policy policies/support-and-engineering.yaml examples/logs/four-weeks.jsonl --format html -o "$report"

# Every Chromium run is bounded: a hung browser fails the check instead of hanging it.
browse() { timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --disable-extensions --allow-file-access-from-files --enable-logging=stderr --v=0 "$@"; }

# 1. Measure each chart inside the rendered page: a harness page (the report has no script of its
#    own) loads it in a frame and writes what it finds into its own DOM, which --dump-dom prints.
cp "$report" "$work/report.html"
cat > "$work/harness.html" <<'HTML'
<!DOCTYPE html><html><body><pre id="result">pending</pre>
<iframe id="page" src="report.html" width="1200" height="900"></iframe>
<script>
document.getElementById("page").addEventListener("load", () => {
  const doc = document.getElementById("page").contentDocument;
  const charts = [...doc.querySelectorAll("svg.chart")].map(svg => {
    const box = svg.getBoundingClientRect();
    return {title: svg.querySelector("title")?.textContent ?? "", width: Math.round(box.width),
            height: Math.round(box.height), marks: svg.querySelectorAll("rect, circle, polyline").length};
  });
  document.getElementById("result").textContent = JSON.stringify({charts, scripts: doc.scripts.length});
});
</script></body></html>
HTML
browse --virtual-time-budget=10000 --dump-dom "file://$work/harness.html" >"$work/dom.html" 2>"$work/harness.log"
python3 - "$work/dom.html" <<'PY'
import html, json, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
match = re.search(r'<pre id="result">(.*?)</pre>', text, re.S)
if not match or match.group(1) == "pending":
    sys.exit("error: the report did not load in the harness")
found = json.loads(html.unescape(match.group(1)))
charts = found["charts"]
problems = []
if len(charts) != 6:
    problems.append(f"expected 6 charts (2 heatmaps, 2 compliance, rules, trend), found {len(charts)}")
for chart in charts:
    print(f"chart {chart['title']!r}: {chart['width']}x{chart['height']} px, {chart['marks']} marks")
    if chart["width"] < 100 or chart["height"] < 50 or chart["marks"] < 2:
        problems.append(f"chart {chart['title']!r} is not drawn: {chart}")
if found["scripts"]:
    problems.append("the report holds a script")
for problem in problems:
    print("error:", problem, file=sys.stderr)
sys.exit(1 if problems else 0)
PY

# 2. The whole page, and each chart on its own, as PNG; the page must log nothing to its console.
browse --window-size=1200,3400 --screenshot="$work/page.png" "file://$work/report.html" 2>"$work/page.log"
cp "$work/page.png" "$out/audit-report.png"
python3 - "$report" "$work" <<'PY'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
head = page[:page.index("<body>")]
for section in ("heatmap", "compliance", "rules", "trend"):
    body = re.search(rf'<section id="{section}">(.*?)</section>', page, re.S).group(1)
    with open(f"{sys.argv[2]}/{section}.html", "w", encoding="utf-8") as out:
        out.write(f'{head}<body><main style="padding: 8px 16px">{body}</main></body></html>')
PY
for section in heatmap compliance rules trend; do
    case "$section" in heatmap|compliance) size=1200,330 ;; rules) size=760,330 ;; trend) size=760,390 ;; esac
    browse --window-size="$size" --screenshot="$work/$section.png" "file://$work/$section.html" 2>>"$work/page.log"
    cp "$work/$section.png" "$out/audit-$section.png"
done
if grep -h "CONSOLE" "$work/page.log" "$work/harness.log" | grep -v "harness.html"; then
    echo "error: the page logged the messages above" >&2
    exit 1
fi
for png in "$out"/audit-*.png; do
    [ "$(stat -c %s "$png")" -gt 5000 ] || { echo "error: $png is empty" >&2; exit 1; }
done
echo "rendered: $out/audit-report.html, $out/audit-report.png and one PNG per chart; every chart drawn, no page errors"
