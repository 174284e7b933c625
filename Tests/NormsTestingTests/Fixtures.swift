import Foundation
import NormsEngine
import NormsPolicy
import NormsSource
import NormsTesting

/// A temporary folder for one test, removed when the test ends.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("norms-testing-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `text` at `relative` (folders are created) and returns the full path.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
        return full
    }
}

/// The small policy the tests reason about by hand.
///
/// - alice works in Berlin, mon-fri 09:00-17:00, no focus.
/// - bob works in New York, mon-fri 09:00-17:00, focus mon-fri 09:00-11:00, backup alice.
/// - 2026-12-24 is a holiday. Chat waits 4 business hours, e-mail 1 business day; phone is for
///   urgent messages only.
enum SmallPolicy {
    static let text = """
        norms: 1
        name: Small Team
        timezone: Europe/Berlin
        working_hours: {mon-fri: "09:00-17:00"}
        holidays: [2026-12-24]
        channels:
          email: {mode: async, reply_within: 1 business day}
          chat: {mode: async, reply_within: 4 business hours}
          phone: {mode: sync, reply_within: immediate, min_level: urgent, suggest: chat}
        people:
          alice: {}
          bob: {timezone: America/New_York, focus: ["mon-fri 09:00-11:00"], backup: alice}
        rules:
          - id: outages-are-urgent
            when: {tags: [outage]}
            then: {level: urgent}
          - id: urgent-breaks-through
            when: {level: urgent}
            then: {reply_within: immediate, breaks_through: [all], escalate: {after: 15m, via: phone}}
          - id: no-chat-for-decisions
            when: {kind: decision, channel: chat}
            then: {violation: Decisions go by e-mail., severity: warning, suggest: email}
          - id: fyi-needs-no-reply
            when: {kind: fyi}
            then: {reply_within: none, interrupt: false}

        """

    /// Wed 2026-11-25 08:00Z = 03:00 in New York: an outage by phone to bob.
    static let outage = "{channel: phone, from: alice, to: [bob], sent_at: 2026-11-25T08:00:00Z, tags: [outage]}"
    /// Wed 2026-11-25 15:00Z = 10:00 in New York, inside bob's focus block: a decision in chat.
    static let decisionInChat = "{channel: chat, from: alice, to: [bob], kind: decision, sent_at: 2026-11-25T15:00:00Z}"
    /// Tue 2026-11-24 10:00 in Berlin: an e-mail to alice.
    static let email = "{channel: email, from: bob, to: [alice], sent_at: 2026-11-24T10:00:00+01:00}"
    /// An FYI e-mail to alice.
    static let fyi = "{channel: email, from: bob, to: [alice], kind: fyi, sent_at: 2026-11-24T10:00:00+01:00}"

    /// A test file with `cases` (already indented YAML list items).
    static func testFile(policy: String = "small.yaml", _ cases: String) -> String {
        "policy: \(policy)\ncases:\n" + cases
    }

    /// Loads the policy from a folder that holds it as `small.yaml`.
    static func load(in folder: TemporaryFolder) throws -> Policy {
        try PolicyLoader().load(path: folder.write("small.yaml", text))
    }
}
