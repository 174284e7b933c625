import Foundation
import Testing

/// A plain `norms check`, `lint` or `test` command line is read without swift-argument-parser; the
/// same line with a `--` at its end goes through the argument parser (the plain reader declines `--`),
/// and the two runs must print the same and exit the same, whatever the outcome.
@Suite("norms check, lint and test, read plainly or by the argument parser")
struct PlainCommandTests {
    static let policy = NormsProcess.fixture("acme.yaml")
    static let message = NormsProcess.fixture("outage-at-night.yaml")
    static let brokenPolicy = NormsProcess.fixture("lint/broken.yaml")
    static let failingTests = NormsProcess.fixture("tests")

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
        Case(arguments: ["lint", "policies/"], status: 0),
        Case(arguments: ["lint", "policies/", "examples/", "--strict"], status: 0),
        Case(arguments: ["lint", brokenPolicy], status: 1),
        Case(arguments: ["lint", brokenPolicy, "--format", "json", "--json-object"], status: 1),
        Case(arguments: ["lint", brokenPolicy, "--format=sarif", "--quiet"], status: 1),
        Case(arguments: ["lint", brokenPolicy, "--format", "junit", "--root", "Tests/NormsCLITests/Fixtures"], status: 1),
        Case(arguments: ["lint", brokenPolicy, "--format", "github", "--no-strict"], status: 1),
        Case(arguments: ["lint", "-", "--stdin-filename", "policies/x.yaml"], input: "norms: 1\nnme: x\n", status: 1),
        Case(arguments: ["lint", "no/such/folder"], status: 2),
        Case(arguments: ["lint", "examples/calendars"], status: 2),
        Case(arguments: ["lint", "examples/calendars", "--allow-empty"], status: 0),
        Case(arguments: ["lint", "--config", "no-such.yaml", "policies/"], status: 2),
        Case(arguments: ["lint", "--list-rules"], status: 0),
        Case(arguments: ["test", "examples/", "--min-coverage", "100"], status: 0),
        Case(arguments: ["test", failingTests, "--format", "json"], status: 1),
        Case(arguments: ["test", failingTests, "--format=junit", "--coverage"], status: 1),
        Case(arguments: ["test", "no/such"], status: 2),
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
        let lint = try NormsProcess.run(["lint", "-", "policies/"])
        #expect(lint.status == 64)
        #expect(lint.stderr.hasPrefix("Error: '-' (standard input) must be the only path\nUsage: norms lint"), "\(lint.stderr)")
        let test = try NormsProcess.run(["test", "--min-coverage", "101"])
        #expect(test.status == 64)
        #expect(test.stderr.hasPrefix("Error: --min-coverage takes a percentage from 0 to 100, not 101.0\nUsage: norms test"), "\(test.stderr)")
    }
}
