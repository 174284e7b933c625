#!/usr/bin/env bash
# What calendars cost a decision: instructions per message of `norms check --batch` (all of it,
# and inside the evaluator) on the generated 50-rule policy, without calendars and with every
# person reading a calendar (weekly focus time, a daily stand-up, out-of-office days in the
# messages' month) and the policy reading a holiday feed; and the same calendars moved two years
# later, so that the states do not change and only the lookups are measured. Release build,
# valgrind's callgrind; the difference between 200 and 2,200 messages / 2,000.
#
#   Benchmarks/callgrind-calendar.sh                       # builds and measures the release `norms`
#   NORMS=/path/to/norms Benchmarks/callgrind-calendar.sh  # measures another binary
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

python3 Benchmarks/generate-policy.py 50 "$work/plain.yaml" "$work/m2200.jsonl" 2200
head -n 200 "$work/m2200.jsonl" > "$work/m200.jsonl"
python3 - "$work" <<'PYTHON'
import sys, os
work = sys.argv[1]
def calendar(path, year_shift, person):
    y = 2026 + year_shift
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//TeamNorms//benchmark//EN",
             "BEGIN:VEVENT", f"UID:focus-{person}", f"DTSTART;TZID=Europe/Berlin:{y - 1}0106T100000",
             f"DTEND;TZID=Europe/Berlin:{y - 1}0106T120000", "RRULE:FREQ=WEEKLY;BYDAY=TU,FR", "SUMMARY:Focus time", "END:VEVENT",
             "BEGIN:VEVENT", f"UID:standup-{person}", f"DTSTART;TZID=Europe/Berlin:{y - 1}0105T093000",
             f"DTEND;TZID=Europe/Berlin:{y - 1}0105T094500", "RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", "SUMMARY:Stand-up", "END:VEVENT"]
    n = int(person.split("-")[1])
    for day in range(1 + n % 5, 28, 6):
        lines += ["BEGIN:VEVENT", f"UID:oof-{person}-{day}", f"DTSTART;VALUE=DATE:{y}11{day:02d}", f"DTEND;VALUE=DATE:{y}11{day + 1:02d}",
                  "SUMMARY:Out of office", "X-MICROSOFT-CDO-BUSYSTATUS:OOF", "END:VEVENT"]
    return "\r\n".join(lines + ["END:VCALENDAR"]) + "\r\n"
holidays = ["0101", "0403", "0406", "0501", "0514", "0525", "1003", "1119", "1225", "1226"]
plain = open(os.path.join(work, "plain.yaml")).read()
for name, shift in (("calendars", 0), ("later", 2)):
    folder = os.path.join(work, name)
    os.makedirs(folder)
    open(os.path.join(folder, ".norms.yaml"), "w").close()
    lines = []
    for line in plain.splitlines():
        if line.startswith("  person-") and "focus:" in line:
            person = line.split(":")[0].strip()
            open(os.path.join(folder, person + ".ics"), "w").write(calendar(person, shift, person))
            line = line[:-1] + f", calendar: {person}.ics}}"
        if line.startswith("holidays:"):
            line += "\nholiday_calendars: holidays.ics"
        lines.append(line)
    events = []
    for day in holidays:
        events += ["BEGIN:VEVENT", f"UID:h{day}", f"DTSTART;VALUE=DATE:{2026 + shift}{day}", "SUMMARY:Holiday", "TRANSP:TRANSPARENT", "END:VEVENT"]
    open(os.path.join(folder, "holidays.ics"), "w").write("\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//b//EN"] + events + ["END:VCALENDAR"]) + "\r\n")
    open(os.path.join(folder, "policy.yaml"), "w").write("\n".join(lines) + "\n")
PYTHON
cp "$work/plain.yaml" "$work/plain-policy.yaml"
printf '%-34s %14s %14s\n' policy "instr/message" "in evaluator"
for variant in plain-policy.yaml calendars/policy.yaml later/policy.yaml; do
    for lines in 200 2200; do
        valgrind --tool=callgrind --callgrind-out-file="$work/cg-$lines.out" "$NORMS" check \
            --policy "$work/$variant" --batch "$work/m$lines.jsonl" --jobs 1 > /dev/null 2>&1 || true
    done
    total=$(( ($(instructions "$work/cg-2200.out") - $(instructions "$work/cg-200.out")) / 2000 ))
    inside=$(( ($(evaluator "$work/cg-2200.out") - $(evaluator "$work/cg-200.out")) / 2000 ))
    printf '%-34s %14s %14s\n' "50 rules, $variant" "$total" "$inside"
done
