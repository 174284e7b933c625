import Foundation
import NormsPolicy
import NormsSource
import NormsTesting
import Testing

/// The small policy against a copy where chat waits 1 hour of elapsed time instead of 4
/// business hours, and the phone may be used from `high` up. Hand-computed changes:
/// - a decision in chat to bob (Wed 10:00 New York): reply 4 business hours → 1h, deadline 14:00 → 11:00
///   New York (19:00Z → 16:00Z); nothing else changes;
/// - the outage by phone: unchanged (urgent is at least high);
/// - an e-mail: unchanged;
/// - a high-level phone call: the min_level violation disappears and the call is allowed.
@Suite("Diffs between policy versions")
struct PolicyDiffTests {
    private static var changedPolicy: String {
        SmallPolicy.text
            .replacingOccurrences(of: "chat: {mode: async, reply_within: 4 business hours}", with: "chat: {mode: async, reply_within: 1h}")
            .replacingOccurrences(of: "min_level: urgent", with: "min_level: high")
    }

    private static let highCall = "{channel: phone, from: alice, to: [bob], level: high, sent_at: 2026-11-25T15:00:00Z}"

    private func setUp() throws -> (TemporaryFolder, Policy, Policy) {
        let folder = try TemporaryFolder()
        let old = try PolicyLoader().load(path: folder.write("old.yaml", SmallPolicy.text))
        let new = try PolicyLoader().load(path: folder.write("new.yaml", Self.changedPolicy))
        try folder.write("messages/decision.yaml", "# a decision in chat\n" + SmallPolicy.decisionInChat + "\n")
        try folder.write("messages/email.json", SmallPolicy.email.replacingOccurrences(of: "{channel", with: "{\"channel\"") + "\n")
        try folder.write("messages/batch.jsonl", [SmallPolicy.outage, SmallPolicy.email, Self.highCall]
            .map(Self.json).joined(separator: "\n") + "\n")
        try folder.write("messages/expected.json", "{\"policy\": \"Small Team\", \"level\": \"normal\"}\n")
        try folder.write("small.test.yaml", SmallPolicy.testFile("""
              - name: decision
                message: \(SmallPolicy.decisionInChat)
                expect: {}
              - name: outage
                message:
                  \(SmallPolicy.outage)
                expect: {}

            """))
        return (folder, old, new)
    }

    /// A flow mapping written as JSON (keys and values quoted).
    private static func json(_ flow: String) -> String {
        let body = flow.dropFirst().dropLast()
        var parts: [String] = []
        var depth = 0
        var current = ""
        for character in body {
            if character == "[" { depth += 1 }
            if character == "]" { depth -= 1 }
            if character == "," && depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        let members = parts.map { part -> String in
            let pieces = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let value = pieces[1].hasPrefix("[")
                ? "[" + pieces[1].dropFirst().dropLast().split(separator: ",").map { "\"\($0.trimmingCharacters(in: .whitespaces))\"" }.joined(separator: ", ") + "]"
                : "\"\(pieces[1])\""
            return "\"\(pieces[0])\": \(value)"
        }
        return "{" + members.joined(separator: ", ") + "}"
    }

    @Test func collectsMessagesFromEverySourceKind() throws {
        let (folder, _, _) = try setUp()
        let collected = MessageCollector().collect([folder.path])
        #expect(collected.problems.isEmpty, "\(collected.problems)")
        let sources = collected.messages.map { $0.source.replacingOccurrences(of: folder.path + "/", with: "") }
        #expect(sources == [
            "messages/batch.jsonl:1", "messages/batch.jsonl:2", "messages/batch.jsonl:3",
            "messages/decision.yaml:2", "messages/email.json:1", "small.test.yaml:4", "small.test.yaml:8",
        ])
    }

    @Test func listsExactlyTheChangedMessagesAndFields() throws {
        let (folder, old, new) = try setUp()
        let collected = MessageCollector().collect([folder.path])
        let diff = PolicyDiffer(old: old, new: new).diff(collected.messages)
        #expect(diff.total == 7)
        #expect(diff.changed == 3)
        let bySource = Dictionary(uniqueKeysWithValues: diff.messages.map {
            ($0.source.replacingOccurrences(of: folder.path + "/", with: ""), $0.changes)
        })
        let chatChanges = [
            FieldChange(recipient: "bob", field: "reply_within", old: "4 business hours", new: "1h"),
            FieldChange(recipient: "bob", field: "deadline", old: "2026-11-25T14:00:00-05:00", new: "2026-11-25T11:00:00-05:00"),
        ]
        #expect(bySource["messages/decision.yaml:2"] == chatChanges)
        #expect(bySource["small.test.yaml:4"] == chatChanges)
        #expect(bySource["messages/batch.jsonl:3"] == [
            FieldChange(recipient: nil, field: "allowed", old: false, new: true),
            FieldChange(recipient: nil, field: "violations", old: .array(["channel.phone.min_level"]), new: .array([])),
        ])
        #expect(bySource.count == 3)
    }

    @Test func reportsInTextAndJSON() throws {
        let (folder, old, new) = try setUp()
        let diff = PolicyDiffer(old: old, new: new).diff(MessageCollector().collect([folder.path + "/messages"]).messages)
        let text = DiffTextReporter().render(diff)
        #expect(text == """
            \(folder.path)/messages/batch.jsonl:3: allowed false → true; violations channel.phone.min_level → none
            \(folder.path)/messages/decision.yaml:2: bob: reply within 4 business hours → 1h; deadline 2026-11-25T14:00:00-05:00 → 2026-11-25T11:00:00-05:00
            2 of 5 messages change

            """)
        let json = DiffJSONReporter().render(diff)
        #expect(json.contains("\"total\": 5,\n  \"changed\": 2,\n  \"messages\": ["))
        #expect(json.contains("\"recipient\": null,\n          \"field\": \"violations\",\n          \"old\": [\n            \"channel.phone.min_level\"\n          ],\n          \"new\": []"))
    }

    @Test func aMessageRejectedOnOneSideIsAnErrorChange() throws {
        let folder = try TemporaryFolder()
        let old = try PolicyLoader().load(path: folder.write("old.yaml", SmallPolicy.text))
        let new = try PolicyLoader().load(path: folder.write("new.yaml", SmallPolicy.text.replacingOccurrences(
            of: "  bob: {timezone: America/New_York, focus: [\"mon-fri 09:00-11:00\"], backup: alice}\n", with: "")))
        try folder.write("m.yaml", SmallPolicy.decisionInChat)
        let diff = PolicyDiffer(old: old, new: new).diff(MessageCollector().collect([folder.path + "/m.yaml"]).messages)
        #expect(diff.messages.first?.changes.count == 1)
        let change = try #require(diff.messages.first?.changes.first)
        #expect(change.recipient == "bob")
        #expect(change.field == "error")
        #expect(change.old == .null)
        #expect(change.new == "unknown recipient 'bob'")
        #expect(diff.refusedByBoth == 0)

        try folder.write("fax.yaml", "{channel: fax, from: alice, to: [alice], sent_at: 2026-11-25T08:00:00Z}")
        let both = PolicyDiffer(old: old, new: new).diff(MessageCollector().collect([folder.path + "/fax.yaml"]).messages)
        #expect(both.changed == 0)
        #expect(both.refusedByBoth == 1)
        #expect(DiffTextReporter().render(both) == "0 of 1 message change; 1 refused by both versions (unknown names for this policy)\n")
    }

    @Test func unreadableMessagesAreProblems() throws {
        let folder = try TemporaryFolder()
        try folder.write("bad.yaml", "{channel: chat, from: alice}\n")
        try folder.write("lines.jsonl", "{\"channel\": \"chat\"\n")
        let collected = MessageCollector().collect([folder.path, folder.path + "/nope"])
        #expect(collected.messages.isEmpty)
        #expect(collected.problems.map(\.code).contains("test.missing-path"))
        #expect(collected.problems.contains { $0.span?.file.hasSuffix("lines.jsonl") == true && $0.span?.start.line == 1 })
        #expect(collected.problems.contains { $0.code == "message.missing-field" })
    }

    @Test func policyReferences() {
        #expect(PolicyReference("policies/a.yaml") == .file("policies/a.yaml"))
        #expect(PolicyReference("git:HEAD~1:policies/a.yaml") == .git(revision: "HEAD~1", path: "policies/a.yaml"))
        #expect(PolicyReference("git:HEAD~1:policies/a.yaml").workingTreePath == "policies/a.yaml")
        #expect(PolicyReference("git:nopath") == .file("git:nopath"))
    }

    @Test func defaultMessagesAreTheTestFilesOfEitherPolicy() throws {
        let (folder, _, _) = try setUp()
        try folder.write("other.test.yaml", SmallPolicy.testFile(policy: "unrelated.yaml", "  - {name: x, message: {}, expect: {}}\n"))
        try folder.write("sub/old.test.yaml", SmallPolicy.testFile(policy: "../old.yaml", "  - {name: x, message: {}, expect: {}}\n"))
        let files = DefaultMessageFinder.testFiles(under: folder.path, testing: [folder.path + "/old.yaml", folder.path + "/small.yaml"]).files
        #expect(files.map { $0.replacingOccurrences(of: folder.path + "/", with: "") } == ["small.test.yaml", "sub/old.test.yaml"])
    }
}

@Suite("Policies read from git")
struct GitPolicySourceTests {
    private func git(_ arguments: [String], in folder: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Norms", "-c", "user.email=norms@example.com"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
    }

    /// The base's chat expectation is 4 business hours at the first commit and 1h in the working
    /// tree; `git:HEAD:PATH` must read the base from the commit too.
    @Test func readsThePolicyAndItsBasesAtARevision() throws {
        let folder = try TemporaryFolder()
        let base = """
            norms: 1
            name: Base
            timezone: Europe/Berlin
            channels:
              chat: {mode: async, reply_within: 4 business hours}

            """
        try folder.write("bases/base.yaml", base)
        let top = try folder.write("team.yaml", "norms: 1\nname: Team\nextends: bases/base.yaml\npeople: {alice: {}}\n")
        try git(["init", "-q"], in: folder.path)
        try git(["add", "."], in: folder.path)
        try git(["commit", "-q", "-m", "first"], in: folder.path)
        try folder.write("bases/base.yaml", base.replacingOccurrences(of: "4 business hours", with: "1h"))

        let old = try PolicyReference("git:HEAD:\(top)").load()
        let new = try PolicyReference(top).load()
        #expect(old.channel("chat")?.replyWithin?.value.description == "4 business hours")
        #expect(new.channel("chat")?.replyWithin?.value.description == "1h")

        #expect(throws: (any Error).self) { try PolicyReference("git:no-such-revision:\(top)").load() }
        #expect(throws: (any Error).self) { try PolicyReference("git:--output=x:\(top)").load() }
    }

    /// A base missing at the revision is reported by the loader, with the file named as git:REV:PATH.
    @Test func diagnosticsNameTheRevision() throws {
        let folder = try TemporaryFolder()
        let top = try folder.write("team.yaml", "norms: 1\nname: Team\nextends: gone.yaml\npeople: {alice: {}}\n")
        try git(["init", "-q"], in: folder.path)
        try git(["add", "."], in: folder.path)
        try git(["commit", "-q", "-m", "first"], in: folder.path)
        do {
            _ = try PolicyReference("git:HEAD:\(top)").load()
            Issue.record("the policy should not load")
        } catch let error as any DiagnosticError {
            let extendsProblem = try #require(error.diagnostics.first { $0.message.contains("gone.yaml") })
            #expect(extendsProblem.span?.file == "git:HEAD:\(top)")
            #expect(extendsProblem.span?.start.line == 3)
            #expect(!error.diagnostics.contains { $0.description.contains("norms-git-") })
            // The file at the revision travels with the error, so that its line can be shown.
            #expect(error.sources.map(\.path) == ["git:HEAD:\(top)"])
            #expect(error.sources.first?.line(3) == "extends: gone.yaml")
        }
    }
}
