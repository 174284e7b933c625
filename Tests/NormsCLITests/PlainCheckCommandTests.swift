import Foundation
import Testing

/// A plain `norms check` command line is read without swift-argument-parser; the same line with a
/// `--` at its end goes through the argument parser (the plain reader declines `--`), and the two runs
/// must print the same and exit the same, whatever the outcome.
@Suite("norms check, read plainly or by the argument parser")
struct PlainCheckCommandTests {
    static let policy = NormsProcess.fixture("acme.yaml")
    static let message = NormsProcess.fixture("outage-at-night.yaml")

    /// A command line, what it feeds on standard input, and the exit status it must have.
    struct Case: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var input = ""
        var status: Int32
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(arguments: ["check", "--policy", policy, message], status: 0),
        Case(arguments: ["check", "--policy=\(policy)", "--format", "json", "--explain", message], status: 0),
        Case(arguments: ["check", "--policy", policy, "--channel", "phone", "--from", "alice", "--to", "bob",
                         "--at", "2026-11-25T10:00:00-08:00", "--format=json"], status: 1),
        Case(arguments: ["check", "--policy", policy, "--channel", "chat", "--from", "alice", "--to", "bobb",
                         "--at", "2026-11-25T10:00:00-08:00"], status: 2),
        Case(arguments: ["check", "--policy", policy, "--channel", "chat", "--from", "alice", "--to", "bob",
                         "--at", "yesterday"], status: 2),
        Case(arguments: ["check", "--policy", policy, "-"],
             input: "{channel: fax, from: alice, to: [bob], sent_at: 2026-11-25T10:00:00Z}", status: 2),
        Case(arguments: ["check", "--policy", policy, "Tests/NormsCLITests/Fixtures/no-such-message.yaml"], status: 2),
        Case(arguments: ["check", "--policy", "no-such-policy.yaml", message], status: 2),
        Case(arguments: ["check", "--policy", policy, "--batch", "--jobs", "1", "-"],
             input: """
             {"channel": "chat", "from": "alice", "to": ["bob"], "sent_at": "2026-11-25T18:30:00+01:00"}
             {"channel": "phone", "from": "alice", "to": ["bob"], "sent_at": "2026-11-25T10:00:00-08:00"}

             """, status: 1),
    ]

    @Test("the same output and exit status both ways", arguments: cases)
    func sameBothWays(_ check: Case) throws {
        let plain = try NormsProcess.run(check.arguments, input: check.input)
        // A `--` at the end changes no value, and makes the plain reader decline.
        let parsedResult = try NormsProcess.run(check.arguments + ["--"], input: check.input)
        #expect(plain.status == check.status, "\(plain.stderr)")
        #expect(parsedResult.status == plain.status)
        #expect(parsedResult.stdout == plain.stdout)
        #expect(parsedResult.stderr == plain.stderr)
        #expect(!plain.stdout.isEmpty || !plain.stderr.isEmpty)
    }

    @Test("a value the command rejects gets the argument parser's error and usage")
    func rejectedValues() throws {
        let result = try NormsProcess.run(["check", "--policy", Self.policy, "--jobs", "2", Self.message])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: --jobs applies only with --batch\nUsage: norms check"), "\(result.stderr)")
    }
}
