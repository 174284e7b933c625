import Foundation
import Testing

/// A policy or message from a stranger can neither read files outside the project nor write
/// control characters into a terminal or a CI log.
@Suite("output safety")
struct OutputSafetyTests {
    /// A policy whose texts carry an ESC sequence and a GitHub workflow command after CR LF.
    private static let hostilePolicy = #"""
        norms: 1
        name: "Hostile \e[2J"
        timezone: UTC
        channels:
          chat: {mode: async, reply_within: 1h}
        people:
          ana: {timezone: UTC}
        rules:
          - id: no-chat
            when: {channel: chat}
            then: {violation: "stop\r\n::error file=x::injected \e]0;title\a", severity: error}
        """#

    func withFolder<T>(_ files: [String: String], _ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("norms-safety-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return try body(folder)
    }

    private func expectNoRawControls(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let raw = text.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" && $0 != "\t" || $0.value == 0x7F }
        #expect(raw.isEmpty, "raw control characters: \(raw.map { $0.value })", sourceLocation: sourceLocation)
        // Only the github format's own annotations start a line with a workflow command.
        let commands = text.split(separator: "\n").filter { $0.hasPrefix("::") }
        #expect(commands.allSatisfy { $0.hasPrefix("::error file=") || $0.hasPrefix("::warning file=") || $0.hasPrefix("::notice file=") },
                sourceLocation: sourceLocation)
    }

    @Test("check's text and explain output escape policy and message text")
    func checkText() throws {
        let result = try withFolder(["p.yaml": Self.hostilePolicy]) { folder in
            try NormsProcess.run(["check", "--policy", "p.yaml", "--explain", "-"], in: folder,
                                 input: #"{"channel": "chat", "from": "x\u001b[2J", "to": ["ana"], "sent_at": "2026-11-30T10:00:00Z"}"#)
        }
        #expect(result.status == 1)
        expectNoRawControls(result.stdout)
        expectNoRawControls(result.stderr)
        #expect(result.stdout.contains(#"stop\r\n::error file=x::injected \e]0;title\u{7}"#))
    }

    @Test("an unknown recipient with control characters is quoted escaped on stderr")
    func recipientInError() throws {
        let result = try withFolder(["p.yaml": Self.hostilePolicy]) { folder in
            try NormsProcess.run(["check", "--policy", "p.yaml", "-"], in: folder,
                                 input: #"{"channel": "chat", "from": "ana", "to": ["bo\r\n::error::b\u001b[2J"], "sent_at": "2026-11-30T10:00:00Z"}"#)
        }
        #expect(result.status == 2)
        expectNoRawControls(result.stderr)
        #expect(result.stderr.contains(#"bo\r\n::error::b\e[2J"#))
    }

    @Test("lint's text and github formats escape ESC, CR and LF from the policy", arguments: ["text", "github"])
    func lintFormats(format: String) throws {
        let policy = "norms: 1\nname: x\ntimezone: UTC\nchannels:\n  \"chat\\e[2J\\r\\n::error::x\": {mode: async}\n"
        let result = try withFolder([".git/HEAD": "", "p.yaml": policy]) { folder in
            try NormsProcess.run(["lint", "--format", format, "p.yaml"], in: folder)
        }
        expectNoRawControls(result.stdout)
        expectNoRawControls(result.stderr)
    }

    @Test("doc escapes control characters in the charter")
    func docText() throws {
        let result = try withFolder(["p.yaml": Self.hostilePolicy]) { folder in
            try NormsProcess.run(["doc", "p.yaml"], in: folder)
        }
        #expect(result.status == 0)
        expectNoRawControls(result.stdout)
    }

    @Test("extends outside the root is refused, and the file's content is printed in no format",
          arguments: ["text", "json", "sarif", "github", "junit"])
    func extendsOutsideTheRoot(format: String) throws {
        let result = try withFolder(["secret.txt": "TOKEN=ghp_0123456789\n", "repo/.git/HEAD": "",
                                     "repo/p.yaml": "norms: 1\nname: x\ntimezone: UTC\nextends: [../secret.txt, /etc/passwd]\nchannels: {chat: {mode: async}}\n"]) { folder in
            try NormsProcess.run(["lint", "--format", format, "p.yaml"], in: folder.appendingPathComponent("repo"))
        }
        #expect(result.status == 1)
        #expect(result.stdout.contains("policy root"))
        for output in [result.stdout, result.stderr] {
            #expect(!output.contains("ghp_"))
            #expect(!output.contains("root:x:0"))
        }
    }

    @Test("--root widens the root; without it a sibling folder is outside")
    func rootOption() throws {
        let files = ["shared/base.yaml": "norms: 1\nchannels: {email: {mode: async}}\n",
                     "team/p.yaml": "norms: 1\nname: x\ntimezone: UTC\nextends: ../shared/base.yaml\nchannels: {chat: {mode: async}}\npeople: {ana: {}}\n"]
        let (refused, accepted) = try withFolder(files) { folder in
            let arguments = ["check", "--policy", "team/p.yaml", "--channel", "email", "--from", "x", "--to", "ana"]
            return (try NormsProcess.run(arguments, in: folder), try NormsProcess.run(arguments + ["--root", "."], in: folder))
        }
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("is outside the policy root"))
        #expect(accepted.status == 0)
    }
}

extension OutputSafetyTests {
    @Test("lint takes the folder named on the command line as the root when no .git or .norms.yaml lies above")
    func lintRootFallsBackToTheFolderGiven() throws {
        let files = ["dir/base.yaml": "norms: 1\nchannels: {email: {mode: async}}\n",
                     "dir/team/p.yaml": "norms: 1\nname: x\ntimezone: UTC\nextends: ../base.yaml\nchannels: {chat: {mode: async}}\n"]
        let (folderRun, fileRun) = try withFolder(files) { folder in
            (try NormsProcess.run(["lint", "--format", "json", "dir/team"], in: folder),
             try NormsProcess.run(["lint", "--format", "json", "dir"], in: folder))
        }
        #expect(folderRun.stdout.contains("extends-outside-root") || folderRun.stdout.contains("is outside the policy root"))
        #expect(!fileRun.stdout.contains("is outside the policy root"))
    }
}

extension OutputSafetyTests {
    /// DEL, C1 controls, bidirectional controls and U+2028: each must reach standard output as a
    /// JSON escape, so that the output parses and shows nothing that reorders or controls text.
    static let hidden = "\u{202E}\u{7F}\u{85}\u{2066}\u{2028}"

    /// Parses `stdout` as JSON, and checks that none of the hidden characters is written raw.
    private func parsedJSON(_ stdout: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Any {
        for scalar in Self.hidden.unicodeScalars {
            #expect(!stdout.unicodeScalars.contains(scalar), "raw U+\(String(scalar.value, radix: 16))", sourceLocation: sourceLocation)
        }
        return try JSONSerialization.jsonObject(with: Data(stdout.utf8))
    }

    @Test("check --format json escapes DEL, C1 and bidirectional controls as JSON, and parses")
    func checkJSONEscapesHiddenCharacters() throws {
        let policy = #"""
            norms: 1
            name: "Team \u202E\x7F\x85\u2066\u2028"
            timezone: UTC
            channels:
              chat: {mode: async, reply_within: 1h}
            people:
              ana: {timezone: UTC}
            rules:
              - id: no-chat
                when: {channel: chat}
                then: {violation: "stop \u202E\x7F\x85\u2066\u2028", severity: error}
            """#
        let result = try withFolder(["p.yaml": policy]) { folder in
            try NormsProcess.run(["check", "--policy", "p.yaml", "--format", "json", "-"], in: folder,
                                 input: #"{"channel": "chat", "from": "x", "to": ["ana"], "sent_at": "2026-11-30T10:00:00Z"}"#)
        }
        #expect(result.status == 1, "\(result.stderr)")
        let json = try #require(try parsedJSON(result.stdout) as? [String: Any])
        #expect(json["policy"] as? String == "Team " + Self.hidden)
        let violation = (json["violations"] as? [[String: Any]])?.first
        #expect(violation?["message"] as? String == "stop " + Self.hidden)
        #expect(result.stdout.contains(#""Team \u202e\u007f\u0085\u2066\u2028""#))
    }

    @Test("calendar expand --format json escapes a summary's hidden characters as JSON, and parses")
    func calendarJSONEscapesHiddenCharacters() throws {
        let calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20261201T090000Z\r\n"
            + "DTEND:20261201T100000Z\r\nSUMMARY:Team \(Self.hidden)sync\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        let result = try withFolder(["s.ics": calendar]) { folder in
            try NormsProcess.run(["calendar", "expand", "s.ics", "--from", "2026-12-01", "--to", "2026-12-02", "--format", "json"], in: folder)
        }
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try parsedJSON(result.stdout) as? [String: Any])
        let instances = try #require(json["instances"] as? [[String: Any]])
        #expect(instances.count == 1)
        #expect(instances.first?["summary"] as? String == "Team \(Self.hidden)sync")
    }

    @Test("audit --format json escapes a sender's hidden characters as JSON, and parses")
    func auditJSONEscapesHiddenCharacters() throws {
        let log = try String(contentsOfFile: NormsProcess.packageRoot.path + "/" + NormsProcess.fixture("audit/log.jsonl"), encoding: .utf8)
        // A normal message on the phone, which the policy keeps for urgent ones: a violation, so
        // its sender is among the top violators.
        let line = #"{"id": "m9", "channel": "phone", "from": "x\u202e\u007f\u0085\u2066\u2028", "to": ["ana"], "sent_at": "2026-11-24T10:00:00Z", "delivery": {"ana": {}}}"#
        let result = try NormsProcess.run(["audit", "--policy", NormsProcess.fixture("audit/policy.yaml"), "-", "--format", "json"],
                                          input: log + line + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try parsedJSON(result.stdout) as? [String: Any])
        let senders = (json["top_violators"] as? [[String: Any]])?.compactMap { $0["key"] as? String }
        #expect(senders?.contains("x" + Self.hidden) == true)
    }
}
