import NormsPolicy
import NormsSource
import Testing

@Suite("Loader diagnostics: values and vocabularies")
struct ValueDiagnosticTests {
    @Test func unknownTimezones() throws {
        let close = try #require(expectDiagnostic("""
            norms: 1
            name: Test
            timezone: ↓Europe/Berlinn
            channels: {email: {mode: async}}
            """, "policy.unknown-timezone"))
        #expect(close.message == "unknown time zone 'Europe/Berlinn'")
        #expect(close.help == "did you mean 'Europe/Berlin'?")
        let far = try #require(expectDiagnostic(preamble + "teams:\n  ops: {timezone: ↓Moon/Base}\n", "policy.unknown-timezone"))
        #expect(far.help?.contains("IANA") == true)
        expectDiagnostic(preamble + "people:\n  alice: {timezone: ↓europe/paris}\n", "policy.unknown-timezone")
    }

    /// `EST` and `UTC+1` used to load as fixed offsets, an hour off for half the year; they are
    /// errors now, wherever a zone is written.
    @Test func abbreviationsAndFixedOffsetsAreErrors() throws {
        expectDiagnostics("""
            norms: 1
            name: Test
            timezone: ↓EST
            channels: {email: {mode: async}}
            teams:
              ops: {timezone: ↓CET}
            people:
              alice: {timezone: ↓UTC+1}
              bob: {timezone: ↓GMT+1}
              carol: {timezone: ↓PST}
            """, ["policy.timezone-abbreviation", "policy.timezone-abbreviation", "policy.fixed-offset-timezone",
                  "policy.fixed-offset-timezone", "policy.timezone-abbreviation"])
        let est = try #require(expectDiagnostic("norms: 1\nname: Test\ntimezone: ↓EST\nchannels: {email: {mode: async}}\n",
                                                "policy.timezone-abbreviation"))
        #expect(est.severity == .error)
        #expect(est.message == "time zone 'EST' is an abbreviation, not a region id")
        #expect(est.help?.contains("'America/New_York', 'America/Toronto'") == true)
        let load = loadMarked(preamble + "people:\n  alice: {timezone: UTC+1}\n")
        #expect(throws: PolicyLoadError.self) {
            try PolicyLoader().load(source: SourceFile(path: "/virtual/policy.yaml", text: load.source.text))
        }
    }

    /// An alias loads, with a warning that names the current id; the policy keeps the id as written.
    @Test func aliasesAreWarnings() throws {
        let load = loadMarked("""
            norms: 1
            name: Test
            timezone: ↓US/Eastern
            channels: {email: {mode: async}}
            people:
              priya: {timezone: ↓Asia/Calcutta}
              sam: {timezone: ↓GMT}
            """)
        #expect(load.found == zip(["policy.legacy-timezone", "policy.legacy-timezone", "policy.legacy-timezone"], load.source.markers)
            .map { Found(code: $0, position: $1) })
        #expect(load.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(load.diagnostics.map(\.message) == [
            "time zone 'US/Eastern' is an alias of 'America/New_York'",
            "time zone 'Asia/Calcutta' is an alias of 'Asia/Kolkata'",
            "time zone 'GMT' is an alias of 'UTC'",
        ])
        let policy = try PolicyLoader().load(source: SourceFile(path: "/virtual/policy.yaml", text: load.source.text))
        #expect(policy.timezone.value == "US/Eastern")
        #expect(policy.people.map { $0.timezone?.value } == ["Asia/Calcutta", "GMT"])
    }

    @Test func durations() throws {
        let bare = try #require(expectDiagnostic(preamble + "  chat: {mode: async, reply_within: ↓15}\n", "policy.duration-without-unit"))
        #expect(bare.message == "duration '15' for 'channels.chat.reply_within' has no unit")
        #expect(bare.help == "add a unit: '15m' for minutes, '15h' for hours, '15d' for days, '15 business hours'")
        let grammar = try #require(expectDiagnostic(preamble + "  chat: {mode: async, reply_within: ↓soon}\n", "policy.invalid-duration"))
        #expect(grammar.message == "invalid duration 'soon'")
        #expect(grammar.help?.contains("'2 business days'") == true)
        let notice = try #require(expectDiagnostic(
            preamble + "  meeting: {mode: sync, requires: {agenda: true, notice: ↓2 business days}}\n", "policy.wall-clock-only"))
        #expect(notice.message == "'channels.meeting.requires.notice' takes elapsed time, not '2 business days'")
        expectDiagnostic(preamble + "immediate_window: ↓immediate\n", "policy.wall-clock-only")
        expectDiagnostic(preamble + "immediate_window: ↓30\n", "policy.duration-without-unit")
        let windowed = loadMarked(preamble + "immediate_window: 2h\n")
        #expect(windowed.policy?.immediateWindow.value == 120)
    }

    @Test func schedules() throws {
        let twice = try #require(expectDiagnostic(
            preamble + "working_hours:\n  mon-fri: \"09:00-17:00\"\n  ↓fri-sat: [\"09:00-12:00\"]\n", "policy.duplicate-day"))
        #expect(twice.message == "day 'fri' already named by 'mon-fri' in 'working_hours'")
        #expect(twice.notes.first?.span?.start.line == 7)
        expectDiagnostic(preamble + "working_hours: {↓mondy: \"09:00-17:00\"}\n", "policy.invalid-day-set")
        expectDiagnostic(preamble + "working_hours: {mon: ↓\"24:00-06:00\"}\n", "policy.invalid-hour-range")
        expectDiagnostic(preamble + "working_hours: {mon: [\"09:00-12:00\", ↓\"13:00\"]}\n", "policy.invalid-hour-range")
        expectDiagnostic(preamble + "working_hours: ↓[\"mon-fri 09:00-17:00\"]\n", "policy.wrong-type")
        expectDiagnostic(preamble + "people:\n  bob: {focus: [\"mon-fri 09:00-11:00\", ↓\"mon-fri\"]}\n", "policy.invalid-recurring-block")
        expectDiagnostic(preamble + "people:\n  bob: {focus: [{days: ↓weekdayz, hours: \"09:00-11:00\"}]}\n", "policy.invalid-day-set")
        expectDiagnostic(preamble + "people:\n  bob: {focus: [↓{days: mon}]}\n", "policy.missing-key")
        let load = loadMarked(preamble + """
            working_hours: {mon-thu: "09:00-17:00", fri: ["09:00-12:00", "13:00-15:00"], sat: "22:00-02:00"}
            teams:
              night: {focus: {days: daily, hours: "00:00-01:00"}}
            """)
        #expect(load.diagnostics.isEmpty)
        #expect(load.policy?.workingHours.periods(startingOn: .friday).map(\.description) == ["09:00-12:00", "13:00-15:00"])
        #expect(load.policy?.workingHours.periods(startingOn: .sunday).isEmpty == true)
        #expect(load.policy?.team("night")?.focus?.map(\.value.description) == ["daily 00:00-01:00"])
    }

    @Test func datesAndHolidays() throws {
        expectDiagnostic(preamble + "holidays: [2028-02-29, ↓2027-02-29]\n", "policy.invalid-date")
        expectDiagnostic(preamble + "holidays: [↓2026-12-26..2026-12-24]\n", "policy.reversed-date-range")
        let both = try #require(expectDiagnostic(preamble + "holidays: [{date: 2027-01-01, ↓range: 2027-01-01..2027-01-02}]\n", "policy.conflicting-keys"))
        #expect(both.message == "a holiday takes 'date' or 'range', not both")
        expectDiagnostic(preamble + "holidays: [↓{name: Someday}]\n", "policy.missing-key")
        expectDiagnostic(preamble + "holidays: [{date: 2027-01-01, ↓nmae: New Year}]\n", "policy.unknown-key")
        expectDiagnostic(preamble + "holidays: ↓2027-01-01\n", "policy.wrong-type")
        expectDiagnostic(preamble + "people:\n  bob: {away: [2026-12-01..2026-12-05, ↓2026-12-32]}\n", "policy.invalid-date")
        let load = loadMarked(preamble + "holidays: [{range: 2026-12-24..2026-12-26, name: Christmas}, 2027-01-01]\npeople:\n  bob: {away: 2026-08-03}\n")
        #expect(load.diagnostics.isEmpty)
        #expect(load.policy?.holidays.map(\.dates.value.description) == ["2026-12-24..2026-12-26", "2027-01-01"])
        #expect(load.policy?.holidays.first?.name == "Christmas")
        #expect(load.policy?.person("bob")?.away.map(\.value.description) == ["2026-08-03"])
    }

    @Test func levels() throws {
        let duplicate = try #require(expectDiagnostic(preamble + "levels: [low, normal, ↓low]\n", "policy.duplicate-level"))
        #expect(duplicate.message == "level 'low' is listed twice")
        expectDiagnostic(preamble + "levels: ↓[]\n", "policy.empty-levels")
        let unknown = try #require(expectDiagnostic(preamble + "default_level: ↓norml\n", "policy.unknown-level"))
        #expect(unknown.help == "did you mean 'normal'?")
        let required = try #require(expectDiagnostic(preamble + "levels: ↓[routine, critical]\n", "policy.default-level-required"))
        #expect(required.help == "add 'default_level:' naming one of 'routine', 'critical'")
        let custom = loadMarked(preamble + "levels: [routine, critical]\ndefault_level: routine\n")
        #expect(custom.diagnostics.isEmpty)
        #expect(custom.policy?.defaultLevel.value == "routine")
        #expect(custom.policy?.levels.map(\.value) == ["routine", "critical"])
        let defaults = loadMarked(preamble)
        #expect(defaults.policy?.levels.map(\.value) == ["low", "normal", "high", "urgent"])
        #expect(defaults.policy?.defaultLevel.value == "normal")
        #expect(defaults.policy?.immediateWindow.value == 15)
        #expect(defaults.policy?.kinds == nil)
        #expect(defaults.policy?.workingHours == .standard)
    }

    @Test func kinds() {
        expectDiagnostic(preamble + "kinds: [fyi, question, ↓fyi]\n", "policy.duplicate-kind")
        expectDiagnostic(preamble + "kinds: [fyi, question]\nrules:\n  - {id: a, when: {kind: [fyi, ↓questoin]}, then: {interrupt: false}}\n", "policy.unknown-kind")
        // Without a `kinds` list, any kind may be named.
        #expect(loadMarked(preamble + "rules:\n  - {id: a, when: {kind: anything}, then: {interrupt: false}}\n").diagnostics.isEmpty)
    }

    @Test func channelsAreRequired() {
        expectDiagnostic("""
            norms: 1
            name: Test
            timezone: UTC
            channels: ↓{}
            """, "policy.empty-channels")
    }

    @Test func lintSettings() throws {
        let load = loadMarked(preamble + "lint:\n  disable: [unused-channel]\n  severity: {stale-rule: warning}\n")
        #expect(load.diagnostics.isEmpty)
        #expect(load.policy?.lint.disabled.map(\.value) == ["unused-channel"])
        #expect(load.policy?.lint.severities.map(\.rule.value) == ["stale-rule"])
        #expect(load.policy?.lint.severities.map(\.severity.value) == [.warning])
        expectDiagnostic(preamble + "lint: {severity: {stale-rule: ↓warn}}\n", "policy.invalid-value")
        expectDiagnostic(preamble + "lint: {↓disabled: [x]}\n", "policy.unknown-key")
    }

    @Test func optionalSectionsMayBeEmpty() {
        let load = loadMarked(preamble + "teams:\npeople:\nrules:\nholidays:\ndescription:\n")
        #expect(load.diagnostics.isEmpty)
        #expect(load.policy?.teams.isEmpty == true)
    }

    @Test func freeTextAndRoles() throws {
        let load = loadMarked(preamble + """
            teams:
              ops: {name: Operations, description: Keeps the lights on}
            people:
              alice: {name: Alice Liddell, email: alice@example.com, description: Lead, roles: [lead, oncall]}
            """)
        #expect(load.diagnostics.isEmpty)
        let alice = try #require(load.policy?.person("alice"))
        #expect(alice.name == "Alice Liddell")
        #expect(alice.email == "alice@example.com")
        #expect(alice.description == "Lead")
        #expect(alice.roles.map(\.value) == ["lead", "oncall"])
        #expect(load.policy?.team("ops")?.description == "Keeps the lights on")
    }

    @Test func effectsThatWouldDoNothingOrTooMuch() throws {
        // An empty breaks_through would still cover `available` and force every notification.
        let empty = try #require(expectDiagnostic(preamble + """
            rules:
              - id: loud
                then: {breaks_through: ↓[]}
            """, "policy.invalid-value"))
        #expect(empty.message == "'rules.loud.then.breaks_through' names no recipient state")
        let never = try #require(expectDiagnostic(preamble + """
            rules:
              - id: quiet
                then: {escalate: {after: ↓none, via: email}}
            """, "policy.invalid-value"))
        #expect(never.message == "'after: none' never escalates")
    }
}
