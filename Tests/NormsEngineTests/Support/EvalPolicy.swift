import NormsEngine
import NormsPolicy

/// A small office for evaluation tests, in Berlin, mon-fri 09:00-17:00 (the default hours).
///
/// - `alice`: role `lead`, no backup. `bob`: focus mon-fri 09:00-11:00, backup `alice`.
/// - `carol`: named in `ops.members` only. `dave`: `team: ops`.
/// - `ops`: New York, mon-sun 08:00-20:00, chat overridden to `15m` and interrupting, backup `dave`.
///
/// On Tue 2026-11-24 in Berlin: 10:00 bob is in focus, 12:00 everyone in Berlin is available,
/// 18:00 is after hours; in New York it is 6 hours earlier.
enum EvalPolicy {
    static let channels = """
          email: {mode: async, reply_within: 1 business day}
          chat:  {mode: async, reply_within: 4 business hours}
          phone: {mode: sync, reply_within: immediate, min_level: urgent, suggest: chat}
          pager: {mode: async, interrupts: true}
          meeting: {mode: sync, requires: {agenda: true, notice: 24h, prework_notice: 24h}}
        """

    /// The policy with these rules (YAML list items, indented by two spaces) and top-level extras.
    static func yaml(rules: String = "", extra: String = "") -> String {
        """
        norms: 1
        name: Eval
        timezone: Europe/Berlin
        \(extra)
        channels:
        \(channels)
        teams:
          ops:
            members: [carol]
            timezone: America/New_York
            working_hours: {mon-sun: "08:00-20:00"}
            channels: {chat: {reply_within: 15m, interrupts: true}}
            backup: dave
        people:
          alice: {roles: [lead]}
          bob: {focus: ["mon-fri 09:00-11:00"], backup: alice}
          carol: {}
          dave: {team: ops}
        rules:
        \(rules.isEmpty ? "  []" : rules)
        """
    }

    /// A message as a YAML flow mapping.
    static func message(
        _ extra: String = "", channel: String = "chat", from: String = "alice", to: [String] = ["bob"],
        at sentAt: String = "2026-11-24T12:00:00+01:00"
    ) -> String {
        "{channel: \(channel), from: \(from), to: [\(to.joined(separator: ", "))], sent_at: \(sentAt)\(extra.isEmpty ? "" : ", " + extra)}"
    }

    /// Evaluates a message against the policy with these rules.
    static func decide(rules: String = "", extra: String = "", _ message: String) throws -> Decision {
        try Fixture.decide(yaml(rules: rules, extra: extra), message)
    }
}
