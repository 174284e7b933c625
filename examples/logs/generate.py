#!/usr/bin/env python3
"""Writes a realistic four-week message log of a support desk and an engineering team, with what
really happened to each message (when each recipient was notified and when they answered), for
`norms audit` against policies/support-and-engineering.yaml.

    examples/logs/generate.py [OUTPUT.jsonl]        (default: examples/logs/four-weeks.jsonl)

The model is described in examples/logs/README.md. The seed is fixed: the same script writes the
same file, byte for byte.
"""
import json
import math
import random
import sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

SEED = 2026
START = datetime(2026, 10, 12, tzinfo=ZoneInfo("Europe/Berlin")).astimezone(timezone.utc)  # a Monday, in the policy's zone
END = datetime(2026, 11, 9, tzinfo=ZoneInfo("Europe/Berlin")).astimezone(timezone.utc)     # to Sunday 2026-11-08 inclusive
HOLIDAYS = {datetime(2026, 10, 26).date()}              # the policy's October bank holiday

# Support shifts: zone, members, and the customers of their region.
SHIFTS = {
    "support-emea": ("Europe/Dublin", ["aoife", "sean"]),
    "support-americas": ("America/Chicago", ["maria", "jamal"]),
    "support-apac": ("Asia/Singapore", ["wei", "priya"]),
}
SHIFT_HOURS = (8, 17)                                   # mon-fri, local
ENGINEERING = ("Europe/Berlin", ["lena", "omar", "jonas", "dev"])
ENGINEERING_HOURS = (9, 17.5)
FOCUS = (9, 12)                                         # mon-thu, local
SUPPORT_PEOPLE = [person for _, (_, people) in SHIFTS.items() for person in people]

CUSTOMER_SUBJECTS = [
    "The reset e-mail never arrives", "Login loop on the mobile app", "Invoice shows the wrong VAT number",
    "Export to CSV times out", "How do I add a second admin?", "Two-factor codes are rejected",
    "The dashboard is blank since this morning", "Can we move to annual billing?", "Webhook retries flood our server",
    "Search does not find archived tickets", "SSO with our identity provider fails", "Refund for a double charge",
]
RARE_SUBJECTS = [  # about 1 in 60 customer messages
    ("Here is my credit card number for the renewal", "chat"),
    ("We are considering a chargeback", None),
    ("Our lawyer asks about GDPR data deletion", None),
]
ENGINEERING_SUBJECTS = [
    "Review for the retry change?", "Which flag guards the new export?", "Can you look at the flaky test?",
    "Staging is slow again", "Pairing on the billing migration?", "Release notes draft",
]
SUPPORT_QUESTIONS = [
    "Customer sees a blank dashboard — known issue?", "Is the export timeout fixed in the last release?",
    "Why would SSO reject a valid assertion?", "Can we re-send a webhook batch by hand?",
]


def local(instant, zone):
    return instant.astimezone(ZoneInfo(zone))


def is_workday(day, zone_days=(0, 1, 2, 3, 4)):
    return day.weekday() in zone_days and day not in HOLIDAYS


def working(instant, zone, hours):
    moment = local(instant, zone)
    hour = moment.hour + moment.minute / 60
    return is_workday(moment.date()) and hours[0] <= hour < hours[1]


def next_start(instant, zone, hours):
    """The next instant at or after `instant` when a working period of `hours` begins or runs."""
    if working(instant, zone, hours):
        return instant
    moment = local(instant, zone)
    day = moment.date()
    for offset in range(0, 10):
        candidate_day = day + timedelta(days=offset)
        if not is_workday(candidate_day):
            continue
        start = datetime(candidate_day.year, candidate_day.month, candidate_day.day,
                         int(hours[0]), int(hours[0] % 1 * 60), tzinfo=ZoneInfo(zone))
        if start.astimezone(timezone.utc) >= instant:
            return start.astimezone(timezone.utc)
    raise ValueError("no working time within ten days")


def in_focus(instant, zone):
    moment = local(instant, zone)
    return moment.weekday() < 4 and moment.date() not in HOLIDAYS and FOCUS[0] <= moment.hour < FOCUS[1]


def focus_end(instant, zone):
    moment = local(instant, zone)
    return datetime(moment.year, moment.month, moment.day, FOCUS[1], tzinfo=ZoneInfo(zone)).astimezone(timezone.utc)


def minutes(rng, median, sigma=0.8):
    return timedelta(minutes=median * math.exp(rng.gauss(0, sigma)))


def stamp(instant):
    return instant.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Log:
    def __init__(self):
        self.entries = []

    def add(self, sent, channel, sender, recipients, delivery, **fields):
        message = {"channel": channel, "from": sender, "to": recipients, "sent_at": stamp(sent)}
        message.update(fields)
        message["delivery"] = {
            who: {key: stamp(value) for key, value in times.items() if value is not None}
            for who, times in delivery.items()
        }
        self.entries.append((sent, message))

    def write(self, path):
        self.entries.sort(key=lambda entry: (entry[0], entry[1]["from"]))
        with open(path, "w", encoding="utf-8") as out:
            for number, (_, message) in enumerate(self.entries, 1):
                out.write(json.dumps({"id": f"m-{number:05d}", **message}, ensure_ascii=False) + "\n")


def hours_of(start, end):
    cursor = start
    while cursor < end:
        yield cursor
        cursor += timedelta(hours=1)


def customers(rng, log):
    """Customers of each region write to their region's shift, mostly in their own daytime."""
    number = 0
    for team, (zone, _) in SHIFTS.items():
        for hour in hours_of(START, END):
            moment = local(hour, zone)
            weekend = moment.weekday() >= 5
            daytime = 7 <= moment.hour < 20
            rate = (0.9 if weekend else 3.0) if daytime else 0.25
            for _ in range(poisson(rng, rate)):
                number += 1
                sent = hour + timedelta(seconds=rng.randrange(3600))
                channel = "chat" if rng.random() < 0.7 else "email"
                subject = rng.choice(CUSTOMER_SUBJECTS)
                if rng.random() < 1 / 60:
                    subject, forced = rng.choice(RARE_SUBJECTS)
                    channel = forced or channel
                replied = customer_reply(rng, sent, zone, channel)
                log.add(sent, channel, f"customer-{number:04d}", [team], {team: {"replied_at": replied}},
                        tags=["customer"], subject=subject)


def customer_reply(rng, sent, zone, channel):
    if rng.random() < 0.02:
        return None                                      # lost in the queue
    median = 9 if channel == "chat" else 100
    if working(sent, zone, SHIFT_HOURS):
        reply = sent + minutes(rng, median)
        if working(reply, zone, SHIFT_HOURS):
            return reply
    # Off shift, or the answer spills past the shift's end: the next shift picks it up.
    start = next_start(sent + timedelta(minutes=1), zone, SHIFT_HOURS)
    return start + minutes(rng, 25 if channel == "chat" else 90)


def engineering(rng, log):
    """Engineers chat and e-mail each other; support asks them questions; a few misuse the channels."""
    zone, people = ENGINEERING
    for hour in hours_of(START, END):
        moment = local(hour, zone)
        workday = is_workday(moment.date())
        if workday and 8 <= moment.hour < 19:
            chats, emails = 1.4, 0.35
        elif workday and 19 <= moment.hour < 23:
            chats, emails = 0.35, 0.1                    # evening pings
        else:
            chats, emails = 0.03, 0.02
        for channel, rate in (("chat", chats), ("email", emails)):
            for _ in range(poisson(rng, rate)):
                sent = hour + timedelta(seconds=rng.randrange(3600))
                sender, recipient = rng.sample(people, 2)
                log.add(sent, channel, sender, [recipient],
                        {recipient: {"replied_at": engineer_reply(rng, sent, channel)}},
                        subject=rng.choice(ENGINEERING_SUBJECTS))
    # Support asks engineering, in support's own working hours.
    for team, (support_zone, members) in SHIFTS.items():
        for hour in hours_of(START, END):
            if not working(hour, support_zone, SHIFT_HOURS):
                continue
            for _ in range(poisson(rng, 0.28)):
                sent = hour + timedelta(seconds=rng.randrange(3600))
                recipient = rng.choice(people[1:])
                log.add(sent, "chat", rng.choice(members), [recipient],
                        {recipient: {"replied_at": engineer_reply(rng, sent, "question")}},
                        subject=rng.choice(SUPPORT_QUESTIONS))
    # Channel misuse: a phone call that is not urgent, meeting invitations without an agenda.
    for day, hour in ((2, 10), (9, 15), (16, 11), (23, 14)):
        sent = (datetime(2026, 10, 12, hour, 5, tzinfo=ZoneInfo("Europe/Dublin")) + timedelta(days=day)).astimezone(timezone.utc)
        log.add(sent, "phone", "rosa", ["jonas"], {"jonas": {"replied_at": sent + timedelta(minutes=2)}},
                subject="Quick question about a customer")
    for day in (3, 17, 24):
        sent = (datetime(2026, 10, 12, 16, 30, tzinfo=ZoneInfo("Europe/Berlin")) + timedelta(days=day)).astimezone(timezone.utc)
        log.add(sent, "meeting", "rosa", ["engineering"], {"engineering": {"replied_at": sent + timedelta(hours=3)}},
                kind="meeting", subject="Support sync",
                meeting={"starts_at": stamp(sent + timedelta(hours=17)), "agenda": False})


def engineer_reply(rng, sent, kind):
    zone = ENGINEERING[0]
    if rng.random() < 0.03:
        return None
    median = {"chat": 20, "email": 180, "question": 70}[kind]
    if in_focus(sent, zone):
        if rng.random() < 0.45:                          # interrupted, and answered at once
            return sent + minutes(rng, 6)
        return focus_end(sent, zone) + minutes(rng, 20)
    if working(sent, zone, ENGINEERING_HOURS):
        reply = sent + minutes(rng, median)
        if working(reply, zone, ENGINEERING_HOURS) or rng.random() < 0.3:
            return reply
    if rng.random() < 0.25:                              # answered from the sofa
        return sent + minutes(rng, 15)
    return next_start(sent + timedelta(minutes=1), zone, ENGINEERING_HOURS) + minutes(rng, 45)


def incidents(rng, log):
    """Three outages: at night, on the Sunday the European clocks change, and in focus time."""
    for start, reporter, via in (
        (datetime(2026, 10, 15, 2, 40, tzinfo=ZoneInfo("Europe/Berlin")), "wei", "chat"),
        (datetime(2026, 10, 25, 14, 10, tzinfo=timezone.utc), "jamal", "phone"),
        (datetime(2026, 11, 3, 10, 20, tzinfo=ZoneInfo("Europe/Berlin")), "maria", "chat"),
    ):
        sent = start.astimezone(timezone.utc)
        answered = sent + (timedelta(minutes=22) if via == "phone" else minutes(rng, 5, 0.4))
        log.add(sent, via, reporter, ["lena"], {"lena": {"replied_at": answered}}, kind="incident", tags=["outage"],
                subject="Customers cannot log in")
        for step in range(rng.randrange(5, 9)):
            follow = sent + timedelta(minutes=4 + 7 * step)
            sender, recipient = rng.sample(ENGINEERING[1], 2)
            log.add(follow, "chat", sender, [recipient], {recipient: {"replied_at": follow + minutes(rng, 3, 0.5)}},
                    tags=["outage"], subject="Outage: what I see so far")


def poisson(rng, rate):
    threshold, count, product = math.exp(-rate), 0, rng.random()
    while product > threshold:
        count += 1
        product *= rng.random()
    return count


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "examples/logs/four-weeks.jsonl"
    rng = random.Random(SEED)
    log = Log()
    customers(rng, log)
    engineering(rng, log)
    incidents(rng, log)
    log.write(path)
    print(f"{len(log.entries)} messages written to {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
