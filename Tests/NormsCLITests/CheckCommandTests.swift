import Foundation
import Testing

@Suite("norms check")
struct CheckCommandTests {
    let policy = NormsProcess.fixture("acme.yaml")

    @Test("a focus-time chat waits: notify none, four business hours in the recipient's zone")
    func focusTimeChat() throws {
        // Bob (Los Angeles, focus mon-fri 09:00-11:00) at 09:30 local: chat is async, so nothing
        // notifies; 4 business hours from 09:30 → 13:30 the same day.
        let result = try NormsProcess.run([
            "check", "--policy", policy, "--channel", "chat", "--from", "alice", "--to", "bob",
            "--at", "2026-11-25T18:30:00+01:00", "--format", "json",
        ])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains(#""state": "focus""#))
        #expect(result.stdout.contains(#""notify": "none""#))
        #expect(result.stdout.contains(#""deadline": "2026-11-25T13:30:00-08:00""#))
        #expect(result.stdout.contains(#""needs_immediate_reply": false"#))
    }

    @Test("the text answer leads with one line a person can act on")
    func textHeadline() throws {
        let result = try NormsProcess.run(["check", "--policy", policy, NormsProcess.fixture("outage-at-night.yaml")])
        #expect(result.status == 0)
        // 02:00 in Los Angeles is after hours; the outage is urgent and breaks through after hours,
        // so bob is notified now and must reply within the 15-minute window.
        let firstLine = result.stdout.split(separator: "\n").first.map(String.init)
        #expect(firstLine == "Needs an immediate reply: yes. bob (Los Angeles, 02:00, after hours) — notify now, reply by 02:15.")
    }

    @Test("a message on standard input")
    func standardInput() throws {
        let message = "{channel: email, from: alice, to: dana, sent_at: 2026-11-27T21:00:00-05:00}"
        let result = try NormsProcess.run(["check", "--policy", policy, "--format", "json", "-"], input: message)
        // Dana works mon-sun 08:00-20:00 New York; Fri 21:00 is after hours, so the arrival day is
        // Sat 28 and one business day later ends Sun 29 at 20:00.
        #expect(result.status == 0)
        #expect(result.stdout.contains(#""deadline": "2026-11-29T20:00:00-05:00""#))
    }

    @Test("an error in a message on standard input shows its line, as for a file")
    func standardInputErrorsKeepTheirExcerpt() throws {
        // Read once from standard input, the text is kept for the excerpt under the error: an
        // unknown channel (the loader's error) and a malformed timestamp (the message's).
        for (message, bad) in [("{channel: fax, from: alice, to: [bob], sent_at: 2026-11-25T10:00:00Z}", "fax"),
                               ("{channel: email, from: alice, to: [bob], sent_at: yesterday}", "yesterday")] {
            let result = try NormsProcess.run(["check", "--policy", policy, "-"], input: message)
            #expect(result.status == 2)
            #expect(result.stderr.contains("<stdin>:1:"), "\(result.stderr)")
            #expect(result.stderr.contains(message), "no excerpt of the line: \(result.stderr)")
            #expect(result.stderr.contains("^"), "no caret under \(bad): \(result.stderr)")
        }
    }

    @Test("a phone call below the channel's minimum level is not allowed: exit 1")
    func notAllowed() throws {
        let result = try NormsProcess.run([
            "check", "--policy", policy, "--channel", "phone", "--from", "alice", "--to", "bob",
            "--at", "2026-11-25T10:00:00-08:00", "--format", "json",
        ])
        #expect(result.status == 1)
        #expect(result.stdout.contains(#""rule": "channel.phone.min_level""#))
        #expect(result.stdout.contains(#""allowed": false"#))
    }

    @Test("an unknown recipient is an input error with a suggestion: exit 2")
    func unknownRecipient() throws {
        let result = try NormsProcess.run([
            "check", "--policy", policy, "--channel", "chat", "--from", "alice", "--to", "bobb",
            "--at", "2026-11-25T10:00:00-08:00",
        ])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("unknown recipient 'bobb'"))
        #expect(result.stderr.contains("did you mean 'bob'?"))
    }

    @Test("a policy that does not exist: exit 2 with one clear sentence")
    func missingPolicy() throws {
        let result = try NormsProcess.run(["check", "--policy", "nowhere.yaml", "--channel", "chat", "--from", "a", "--to", "b"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("nowhere.yaml"))
    }

    @Test("a zone written as an abbreviation is exit 2 with the region ids; an alias is a warning and the check goes on")
    func timezoneAbbreviationsAndAliases() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("norms-zones-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func policy(_ zone: String) throws -> String {
            let path = folder.appendingPathComponent("\(zone.replacingOccurrences(of: "/", with: "-")).yaml").path
            let text = "norms: 1\nname: Zones\ntimezone: \(zone)\nchannels: {chat: {mode: async}}\npeople: {ana: {}, ben: {}}\n"
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
        let arguments = ["--channel", "chat", "--from", "ana", "--to", "ben", "--at", "2026-07-01T14:00:00Z", "--format", "json"]
        let abbreviation = try NormsProcess.run(["check", "--policy", try policy("EST")] + arguments)
        #expect(abbreviation.status == 2)
        #expect(abbreviation.stdout.isEmpty)
        #expect(abbreviation.stderr.contains("error: time zone 'EST' is an abbreviation, not a region id"))
        #expect(abbreviation.stderr.contains("'America/New_York', 'America/Toronto', 'America/Detroit' or 'America/Panama'"))
        // 14:00Z in July is 10:00 in New York (EDT, -04:00): the alias gives the region's times.
        let alias = try NormsProcess.run(["check", "--policy", try policy("US/Eastern")] + arguments)
        #expect(alias.status == 0)
        #expect(alias.stderr.contains("warning: time zone 'US/Eastern' is an alias of 'America/New_York'"))
        #expect(alias.stdout.contains(#""local_time": "2026-07-01T10:00:00-04:00""#))
    }

    @Test("batch: one line per input line, an error object for a bad line, and the run goes on")
    func batch() throws {
        let input = """
            {"channel": "chat", "from": "alice", "to": ["bob"], "sent_at": "2026-11-25T10:00:00-08:00"}
            {"channel": "fax", "from": "alice", "to": ["bob"], "sent_at": "2026-11-25T10:00:00-08:00"}

            {"channel": "email", "from": "alice", "to": ["dana"], "sent_at": "2026-11-25T10:00:00-05:00"}
            """
        let result = try NormsProcess.run(["check", "--policy", policy, "--batch", "-"], input: input)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(result.status == 2)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix(#"{"line":1,"policy":"Acme Engineering""#))
        #expect(lines[1].hasPrefix(#"{"line":2,"error":"unknown channel 'fax' — "#))
        #expect(lines[2].hasPrefix(#"{"line":3,"error":"line 3 holds no message"#))
        let misspelt = try NormsProcess.run(["check", "--policy", policy, "--batch", "-"], input: """
            {"channel": "chat", "from": "alice", "to": ["alicee"], "sent_at": "2026-11-25T10:00:00-08:00"}
            """)
        #expect(misspelt.stdout.hasPrefix(#"{"line":1,"error":"unknown recipient 'alicee' — did you mean 'alice'?","code":"message.unknown-recipient","column":"#))
        #expect(lines[3].contains(#""id":"dana""#))
    }

    @Test("a malformed command line exits 64")
    func usageError() throws {
        let result = try NormsProcess.run(["check", "--policy", policy, "--format", "yaml", "-"])
        #expect(result.status == 64)
    }

    @Test("--version and --help work")
    func versionAndHelp() throws {
        let version = try NormsProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(!version.stdout.isEmpty)
        let help = try NormsProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("check"))
    }
}
