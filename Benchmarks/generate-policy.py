#!/usr/bin/env python3
"""Writes a synthetic policy with RULES rules over a fixed set of people, teams and channels, and
a JSON-lines file of messages for it, for measuring how decision and load costs grow with the
number of rules.

    Benchmarks/generate-policy.py RULES POLICY.yaml [MESSAGES.jsonl COUNT]

The same seed gives the same files, so measurements can be repeated; POLICY_SEED=N in the
environment picks another seed, for policies no figure was tuned to. Rules mix every condition
(channel, kind, level, tags, keywords, from, to, recipient_state, unless) and every effect, the way
a large organisation's policy would: most rules are narrow, a few are broad.
"""
import json
import os
import random
import sys

CHANNELS = ["chat", "email", "phone", "tracker", "video"]
KINDS = ["fyi", "question", "decision", "request", "incident"]
LEVELS = ["low", "normal", "high", "urgent"]
ZONES = ["Europe/Berlin", "America/New_York", "Asia/Kathmandu", "Australia/Lord_Howe", "America/Santiago", "UTC"]
TEAMS = {f"team-{i}": ZONES[i % len(ZONES)] for i in range(6)}
PEOPLE = {f"person-{i}": f"team-{i % 6}" for i in range(24)}
TAGS = [f"tag-{i}" for i in range(40)]
WORDS = [f"word{i}" for i in range(300)]
STATES = ["away", "holiday", "after_hours", "focus", "available"]


def rule(rng, index):
    when = {}
    if rng.random() < 0.8:
        when["channel"] = rng.sample(CHANNELS, rng.choice([1, 1, 2]))
    if rng.random() < 0.3:
        when["kind"] = rng.sample(KINDS, rng.choice([1, 2]))
    if rng.random() < 0.2:
        when["level"] = rng.choice([">= high", "urgent", "< normal", "!= low"])
    if rng.random() < 0.3:
        when["tags"] = {rng.choice(["any", "all"]): rng.sample(TAGS, rng.choice([1, 2, 3]))}
    if rng.random() < 0.3:
        when["keywords"] = rng.sample(WORDS, rng.choice([1, 2, 4]))
    if rng.random() < 0.2:
        when["from"] = rng.sample(list(PEOPLE) + list(TEAMS) + ["external"], 2)
    if rng.random() < 0.3:
        when["to"] = rng.sample(list(PEOPLE) + list(TEAMS), rng.choice([1, 3]))
    if rng.random() < 0.3:
        when["recipient_state"] = rng.sample(STATES, rng.choice([1, 2]))
    then = {}
    choice = rng.random()
    if choice < 0.3:
        then["reply_within"] = rng.choice(["1h", "4 business hours", "1 business day", "30m", "immediate"])
    elif choice < 0.45:
        then["interrupt"] = rng.random() < 0.5
    elif choice < 0.55:
        then["breaks_through"] = rng.sample(["focus", "after_hours"], 1)
    elif choice < 0.65:
        then["escalate"] = {"after": rng.choice(["15m", "1h", "2 business hours"]), "via": "phone"}
    else:
        then["violation"] = f"Rule {index} says this message should go another way."
        then["severity"] = rng.choice(["warning", "info"])
    entry = {"id": f"rule-{index}", "when": when, "then": then}
    if rng.random() < 0.1:
        entry["unless"] = {"tags": {"any": rng.sample(TAGS, 1)}}
    return entry


def policy(rules, rng):
    lines = [
        "norms: 1",
        f"name: Synthetic policy with {rules} rules",
        "timezone: Europe/Berlin",
        'working_hours: {mon-fri: "09:00-17:00"}',
        "holidays: [2026-12-24, 2026-12-25, 2027-01-01]",
        f"levels: {json.dumps(LEVELS)}",
        f"kinds: {json.dumps(KINDS)}",
        "channels:",
        "  chat: {mode: async, reply_within: 4 business hours}",
        "  email: {mode: async, reply_within: 1 business day}",
        "  phone: {mode: sync, reply_within: immediate, interrupts: true}",
        "  tracker: {mode: async, reply_within: 2 business days}",
        "  video: {mode: sync, reply_within: 1h}",
        "teams:",
    ]
    for team, zone in TEAMS.items():
        members = [p for p, t in PEOPLE.items() if t == team]
        lines.append(f'  {team}: {{timezone: {zone}, working_hours: {{mon-fri: "08:00-18:00"}}, members: {json.dumps(members)}, backup: {members[0]}}}')
    lines.append("people:")
    for person, team in PEOPLE.items():
        lines.append(f'  {person}: {{focus: [{{days: mon-thu, hours: "13:00-15:00"}}]}}')
    lines.append("rules:")
    for index in range(rules):
        lines.append("  - " + json.dumps(rule(rng, index)))
    return "\n".join(lines) + "\n"


def message(rng):
    day = rng.randrange(1, 28)
    hour = rng.randrange(0, 24)
    words = " ".join(rng.sample(WORDS, 3))
    return {
        "channel": rng.choice(CHANNELS),
        "from": rng.choice(list(PEOPLE) + ["someone@example.com"]),
        "to": rng.sample(list(PEOPLE) + list(TEAMS), 2),
        "sent_at": f"2026-11-{day:02d}T{hour:02d}:{rng.choice(['00', '29', '59'])}:00Z",
        "kind": rng.choice(KINDS),
        "tags": rng.sample(TAGS, 2),
        "subject": f"About {words}",
    }


def main():
    if len(sys.argv) not in (3, 5):
        sys.exit(__doc__)
    rules = int(sys.argv[1])
    rng = random.Random(int(os.environ.get("POLICY_SEED", "20261130")))
    with open(sys.argv[2], "w") as out:
        out.write(policy(rules, rng))
    if len(sys.argv) == 5:
        rng = random.Random(7)
        with open(sys.argv[3], "w") as out:
            for _ in range(int(sys.argv[4])):
                out.write(json.dumps(message(rng)) + "\n")


if __name__ == "__main__":
    main()
