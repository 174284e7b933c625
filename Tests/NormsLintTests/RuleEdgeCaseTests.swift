import NormsLint
import NormsSource
import Testing

/// Edge cases of the rules that reason about the policy, beyond their documented examples.
@Suite struct RuleEdgeCaseTests {
    private func places(_ id: String, _ marked: String) -> (expected: [String], actual: [String]) {
        let (findings, markers) = LintTesting.lint(marked)
        return (LintTesting.places(markers), LintTesting.places(findings.filter { $0.ruleID == id }.map(\.span.start)))
    }

    private let channels = """
        channels:
          chat: {mode: async, reply_within: 4 business hours}
        """

    // MARK: - Schedules

    @Test func anOvernightSundayPeriodRunsIntoMonday() {
        let result = places("overlapping-working-hours", """
            \(LintTesting.header)
            working_hours:
              sun: "20:00-10:00"
              mon: ↓"09:00-17:00"
            \(channels)
            """)
        #expect(result.expected == result.actual)
    }

    @Test func periodsThatMeetDoNotOverlap() {
        let result = places("overlapping-working-hours", """
            \(LintTesting.header)
            working_hours:
              sun: "20:00-09:00"
              mon: ["09:00-12:00", "12:00-17:00"]
            \(channels)
            """)
        #expect(result.actual.isEmpty)
    }

    @Test func aPairOverlappingOnSeveralDaysIsReportedOnce() {
        let result = places("overlapping-working-hours", """
            \(LintTesting.header)
            working_hours:
              mon-fri: ["09:00-13:00", ↓"12:00-17:00"]
            \(channels)
            """)
        #expect(result.expected == result.actual)
    }

    @Test func teamFocusIsCheckedAgainstTheTeamsHours() {
        let result = places("focus-outside-working-hours", """
            \(LintTesting.header)
            \(channels)
            teams:
              night-desk:
                working_hours: {mon-fri: "22:00-06:00"}
                focus: ["mon-fri 23:00-01:00", ↓"mon-fri 05:00-07:00"]
            """)
        #expect(result.expected == result.actual)
    }

    @Test func aTeamWithNoWorkingTimeIsReportedAtItsID() {
        let result = places("no-working-time", """
            \(LintTesting.header)
            \(channels)
            teams:
              ↓ghosts: {working_hours: {mon-fri: []}}
            """)
        #expect(result.expected == result.actual)
    }

    @Test func schedulesNameTeamsAndPeopleAlike() {
        let ids: Set = ["focus-covers-working-hours", "focus-outside-working-hours", "no-working-time", "overlapping-working-hours"]
        let findings = LintTesting.lint("""
            \(LintTesting.header)
            working_hours: {mon-fri: "09:00-17:00"}
            \(channels)
            teams:
              night-desk:
                working_hours: {mon-fri: ["22:00-06:00", "05:00-07:00"]}
                focus: ["mon-fri 07:00-08:00"]
              deep: {focus: ["mon-fri 09:00-17:00"]}
              ghosts: {working_hours: {mon-fri: []}}
            people:
              alice:
                working_hours: {mon-fri: ["09:00-13:00", "12:00-17:00"]}
                focus: ["mon-fri 08:00-10:00"]
              bob: {focus: ["mon-fri 09:00-17:00"]}
              dana: {working_hours: {mon-fri: []}}
            """).findings.filter { ids.contains($0.ruleID) }
        #expect(findings.map(\.description) == [
            "example.yaml:9:46: error: working period 'tue 05:00-07:00' overlaps 'mon 22:00-06:00', which runs into tue in the working hours of team 'night-desk' [overlapping-working-hours]",
            "example.yaml:10:13: warning: focus block 'weekdays 07:00-08:00' of team 'night-desk' lies entirely outside their working hours [focus-outside-working-hours]",
            "example.yaml:11:18: warning: the focus blocks of team 'deep' cover all of their working hours, so they are never available [focus-covers-working-hours]",
            "example.yaml:12:3: error: team 'ghosts' has no working time in the week [no-working-time]",
            "example.yaml:15:46: error: working period 'mon 12:00-17:00' overlaps 'mon 09:00-13:00' in the working hours of 'alice' [overlapping-working-hours]",
            "example.yaml:16:13: warning: focus block 'weekdays 08:00-10:00' of 'alice' lies partly outside their working hours [focus-outside-working-hours]",
            "example.yaml:17:17: warning: the focus blocks of 'bob' cover all of their working hours, so they are never available [focus-covers-working-hours]",
            "example.yaml:18:3: error: 'dana' has no working time in the week [no-working-time]",
        ])
    }

    @Test func anEscalationNamesTeamsAndPeopleWithoutABackup() {
        let findings = LintTesting.findings("escalation-without-backup", in: """
            \(LintTesting.header)
            \(channels)
            teams:
              ghosts: {}
            people:
              alice: {backup: bob}
              bob: {}
            rules:
              - id: ghosts-escalate
                when: {to: ghosts}
                then: {escalate: {after: 1h, via: chat}}
              - id: everyone-escalates
                when: {level: urgent}
                then: {escalate: {after: 1h, via: chat}}
            """)
        #expect(findings.map(\.description) == [
            "example.yaml:14:12: warning: rule 'ghosts-escalate' escalates to the recipient's backup, but 'ghosts' has none [escalation-without-backup]",
            "example.yaml:17:12: warning: rule 'everyone-escalates' escalates to the recipient's backup, but 'bob' has none [escalation-without-backup]",
        ])
    }

    // MARK: - Rules

    @Test func anEmptyUnlessAlwaysHolds() {
        let result = places("unmatchable-rule", """
            \(LintTesting.header)
            \(channels)
            rules:
              - id: never
                when: {kind: question}
                unless: ↓{}
                then: {reply_within: 1 business day}
            """)
        #expect(result.expected == result.actual)
    }

    @Test func anUnlessOnOtherTagsLeavesTheRuleMatchable() {
        let result = places("unmatchable-rule", """
            \(LintTesting.header)
            \(channels)
            rules:
              - id: tagged
                when: {tags: {all: [a, b]}}
                unless: {tags: {all: [a, b, c]}}
                then: {reply_within: 1 business day}
            """)
        #expect(result.actual.isEmpty)
    }

    @Test func ofTwoIdenticalRulesOnlyTheLaterIsShadowed() {
        let result = places("shadowed-rule", """
            \(LintTesting.header)
            \(channels)
            rules:
              - id: first
                when: {kind: question}
                then: {reply_within: 1 business day}
              - id: ↓second
                when: {kind: question}
                then: {reply_within: 1 business day}
            """)
        #expect(result.expected == result.actual)
    }

    @Test func aRuleWithAViolationIsNeverShadowed() {
        let result = places("shadowed-rule", """
            \(LintTesting.header)
            \(channels)
            rules:
              - id: broad
                when: {channel: chat}
                then: {reply_within: 1 business hour}
              - id: narrow
                when: {channel: chat, kind: decision}
                then: {reply_within: 1 business day, violation: Decisions go by e-mail.}
            """)
        #expect(result.actual.isEmpty)
    }

    @Test func differentClocksAreNotComparedForShadowing() {
        let result = places("shadowed-rule", """
            \(LintTesting.header)
            \(channels)
            rules:
              - id: broad
                when: {channel: chat}
                then: {reply_within: 1 business hour}
              - id: narrow
                when: {channel: chat, kind: question}
                then: {reply_within: 3h}
            """)
        #expect(result.actual.isEmpty)
    }

    @Test func anAdvisoryRuleDoesNotBlockTheUrgentPath() {
        let result = places("no-urgent-path", """
            \(LintTesting.header)
            \(channels)
            rules:
              - id: urgent-breaks-through
                when: {level: ">= high"}
                then: {interrupt: true}
              - id: no-urgent-chat
                when: {level: urgent}
                then: {violation: Call instead.}
                mode: advisory
            """)
        #expect(result.actual.isEmpty)
    }

    @Test func anUnlessThatExcludesTheTopLevelLeavesNoUrgentPath() {
        let result = places("no-urgent-path", """
            \(LintTesting.header)
            \(channels)
            ↓rules:
              - id: high-breaks-through
                when: {level: ">= high"}
                unless: {level: urgent}
                then: {breaks_through: [after_hours]}
            """)
        #expect(result.expected == result.actual)
    }

    @Test func escalationToATeamsMembersUsesTheTeamsBackup() {
        let result = places("escalation-without-backup", """
            \(LintTesting.header)
            \(channels)
            teams:
              platform: {members: [alice], backup: carol}
              support: {members: [dana]}
            people:
              alice: {}
              carol: {backup: alice}
              dana: {}
            rules:
              - id: platform-escalates
                when: {to: platform}
                then: {escalate: {after: 1h, via: chat}}
              - id: support-escalates
                when: {to: support}
                then: {escalate: {after: 1h, via: chat, to: ↓backup}}
            """)
        #expect(result.expected == result.actual)
    }

    @Test func aLevelRuleRaisesTheLevelAnEscalationSees() {
        let result = places("escalation-channel-not-allowed", """
            \(LintTesting.header)
            channels:
              chat: {mode: async}
              phone: {mode: sync, min_level: urgent}
            rules:
              - id: incidents-are-high
                when: {kind: incident}
                then: {level: high}
              - id: high-is-urgent
                when: {level: ">= high", tags: [customer]}
                then: {level: urgent}
              - id: customer-incidents-escalate
                when: {kind: incident, tags: [customer]}
                then: {escalate: {after: 15m, via: phone}}
              - id: incidents-escalate
                when: {kind: incident}
                then: {escalate: {after: 15m, via: ↓phone}}
            """)
        #expect(result.expected == result.actual)
    }

    // MARK: - Hygiene

    /// An alias is a warning of its own rule that names the current id; the policy still loads, so
    /// the rules that need a valid policy run too.
    @Test func aLegacyTimezoneIsAWarningNamingTheCurrentID() throws {
        let (findings, markers) = LintTesting.lint("""
            norms: 1
            name: Example
            timezone: ↓US/Eastern
            channels:
              chat: {mode: async}
            people:
              ana: {timezone: EST}
            """)
        let legacy = findings.filter { $0.ruleID == "legacy-timezone" }
        #expect(legacy.map(\.span.start) == markers)
        #expect(legacy.first?.severity == .warning)
        #expect(legacy.first?.message == "time zone 'US/Eastern' is an alias of 'America/New_York'")
        #expect(legacy.first?.help == "write 'America/New_York': the time-zone database keeps 'US/Eastern' only for compatibility")
        let abbreviation = try #require(findings.first { $0.message.contains("'EST'") })
        #expect(abbreviation.ruleID == "invalid-value")
        #expect(abbreviation.severity == .error)
        #expect(abbreviation.help?.hasSuffix("'America/New_York', 'America/Toronto', 'America/Detroit' or 'America/Panama'") == true)
    }

    @Test func aRuleExpiringTodayIsStillValid() {
        let today = LintTesting.today
        let result = places("expired-rule", """
            \(LintTesting.header)
            \(channels)
            rules:
              - id: today
                when: {tags: [x]}
                then: {interrupt: true}
                expires: \(today)
              - id: yesterday
                when: {tags: [x]}
                then: {interrupt: true}
                expires: ↓\(today.adding(days: -1))
            """)
        #expect(result.expected == result.actual)
    }
}
