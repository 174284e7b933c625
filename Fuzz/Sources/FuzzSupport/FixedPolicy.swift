import NormsEngine
import NormsPolicy
import NormsSource
import NormsYAML
import TeamNorms

/// A self-contained policy (no `extends`) that reaches most of the engine: several zones with
/// clock changes and odd offsets, overnight and split working hours, focus blocks, holidays, away
/// dates, team overrides, keywords, tags, levels, escalation and advisory rules.
public enum FixedPolicy {
    public static let yaml = """
        norms: 1
        name: Fuzz
        timezone: Europe/Berlin
        working_hours: {mon-fri: "09:00-17:00"}
        holidays:
          - {date: 2026-12-24, name: Christmas Eve}
          - {dates: 2026-12-31..2027-01-01, name: New Year}
        channels:
          email: {mode: async, reply_within: 1 business day}
          chat:  {mode: async, reply_within: 4 business hours}
          phone: {mode: sync, reply_within: immediate, min_level: urgent, suggest: chat}
          pager: {mode: async, interrupts: true}
          tracker: {mode: async, reply_within: 2d}
          meeting: {mode: sync, requires: {agenda: true, notice: 24h, prework_notice: 24h}}
        teams:
          ops:
            members: [carol]
            timezone: America/New_York
            working_hours: {mon-sun: "22:00-06:00"}
            channels: {chat: {reply_within: 15m, interrupts: true}}
            backup: dave
        people:
          alice: {roles: [lead], timezone: Asia/Kathmandu, working_hours: {mon-fri: ["09:00-12:00", "13:00-17:30"]}}
          bob: {focus: ["mon-fri 09:00-11:00"], backup: alice, away: [2026-12-07..2026-12-11]}
          carol: {timezone: Australia/Lord_Howe, working_hours: {daily: "01:00-03:00"}}
          dave: {team: ops}
          erin: {timezone: America/Santiago, working_hours: {sat-sun: "22:00-02:00"}, roles: [oncall], backup: bob}
        rules:
          - id: outages-are-urgent
            when: {tags: [outage, incident]}
            then: {level: urgent}
          - id: urgent-breaks-through
            when: {level: urgent, to: oncall}
            then:
              reply_within: immediate
              breaks_through: [after_hours, focus, holiday]
              escalate: {after: 15m, via: phone, to: backup}
          - id: refunds-are-high
            when: {keywords: [refund, "legal action", chargeback]}
            then: {level: high, reply_within: 1 business hour}
          - id: no-chat-for-decisions
            when: {channel: chat, kind: decision}
            then: {violation: Decisions belong in the tracker, suggest: tracker}
          - id: external-calls-go-to-the-tracker
            when: {from: external, channel: phone}
            unless: {tags: [outage]}
            then: {violation: Outside callers open a ticket, suggest: tracker}
            mode: advisory
          - id: leads-answer-fast
            when: {to: lead, level: high}
            then: {reply_within: 30m, breaks_through: [focus]}
        """

    /// The evaluator of ``yaml``; the policy is part of the fuzzer, so failing to load it stops the run.
    public static let evaluator: Evaluator = {
        let (policy, diagnostics) = FuzzInput.loader.loadCollecting(source: SourceFile(path: FuzzInput.rootFolder + "/fixed.yaml", text: yaml))
        guard let policy else {
            fatalError("the fuzzers' fixed policy does not load: \(diagnostics.map(\.description).joined(separator: "; "))")
        }
        return Evaluator(policy: policy)
    }()
}
