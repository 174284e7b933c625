import NormsEngine
import NormsPolicy
import NormsSource
import NormsTesting
import NormsYAML
import Testing

/// Policies, messages and test files are read by one reader: a mistake is worded the same way in
/// each, and only its code tells which kind of file it is in.
@Suite("one wording per reading mistake")
struct ReadingWordingTests {
    private static let policyHead = "norms: 1\nname: P\ntimezone: UTC\n"
    private static let message = "{channel: chat, from: alice, to: [bob], sent_at: 2026-11-25T10:00:00Z}"

    private func policy(_ text: String) -> [Diagnostic] {
        PolicyLoader().loadCollecting(source: SourceFile(path: "p.yaml", text: text)).diagnostics
    }

    private func message(_ text: String) throws -> [Diagnostic] {
        let node = try #require(try YAMLLoader().loadDocument(SourceFile(path: "m.yaml", text: text)))
        do {
            _ = try MessageLoader().message(from: node)
            return []
        } catch {
            return error.diagnostics
        }
    }

    private func testFile(_ text: String) -> [Diagnostic] {
        do {
            _ = try TestSuiteLoader().load(SourceFile(path: "t.test.yaml", text: text))
            return []
        } catch {
            return error.diagnostics
        }
    }

    private func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.code): \($0.message) (\($0.help ?? "-"))" }
    }

    @Test("an unknown key, with the closest key")
    func unknownKey() throws {
        // The missing key is reported where the mapping starts, so it comes first.
        #expect(summary(policy(Self.policyHead + "chanels: {chat: {mode: async}}\n")).last
            == "policy.unknown-key: unknown key 'chanels' in the policy (did you mean 'channels'?)")
        #expect(summary(try message("{chanel: chat, from: alice, to: [bob], sent_at: 2026-11-25T10:00:00Z}")) == [
            "message.missing-field: missing key 'channel' in the message (add 'channel: …')",
            "message.unknown-key: unknown key 'chanel' in the message (did you mean 'channel'?)",
        ])
        #expect(summary(testFile("policy: p.yaml\ncases:\n  - {nmae: one, message: \(Self.message), expect: {}}\n")) == [
            "test.missing-key: missing key 'name' in 'cases[1]' (add 'name: …')",
            "test.unknown-key: unknown key 'nmae' in 'cases[1]' (did you mean 'name'?)",
        ])
    }

    @Test("a value outside its set, with the closest value")
    func invalidValue() throws {
        #expect(summary(policy(Self.policyHead + "channels: {chat: {mode: asnyc}}\n"))
            == ["policy.invalid-value: invalid value 'asnyc' for 'channels.chat.mode' (did you mean 'async'?)"])
        #expect(summary(try message("{channel: chat, from: alice, to: [bob], sent_at: 2026-11-25T10:00:00Z, status: {bob: fcous}}"))
            == ["message.invalid-status: invalid value 'fcous' for 'status.bob' (did you mean 'focus'?)"])
        #expect(summary(testFile("policy: p.yaml\ncases:\n  - {name: one, message: \(Self.message), expect: {recipients: {bob: {state: fcous}}}}\n"))
            == ["test.invalid-value: invalid value 'fcous' for 'cases[1].expect.recipients.bob.state' (did you mean 'focus'?)"])
    }

    @Test("a value of the wrong type")
    func wrongType() throws {
        #expect(summary(policy(Self.policyHead + "channels: {chat: {mode: async}}\ndescription: [a]\n"))
            == ["policy.wrong-type: expected text for 'description', found a sequence (-)"])
        #expect(summary(try message("{channel: chat, from: alice, to: [bob], sent_at: 2026-11-25T10:00:00Z, meeting: {agenda: maybe}}"))
            == ["message.wrong-type: expected true or false for 'meeting.agenda', found the string 'maybe' (-)"])
        #expect(summary(testFile("policy: p.yaml\ncases:\n  - {name: one, message: \(Self.message), expect: {allowed: maybe}}\n"))
            == ["test.wrong-type: expected true or false for 'cases[1].expect.allowed', found the string 'maybe' (-)"])
    }

    @Test("a missing key, where the mapping starts")
    func missingKey() throws {
        let policyProblems = policy("norms: 1\ntimezone: UTC\nchannels: {chat: {mode: async}}\n")
        #expect(summary(policyProblems) == ["policy.missing-key: missing key 'name' in the policy (add 'name:' with the policy's name; a base policy's name is not inherited)"])
        #expect(policyProblems.first?.span?.start.line == 1)
        #expect(summary(try message("{channel: chat, from: alice, to: [bob]}"))
            == ["message.missing-field: missing key 'sent_at' in the message (add 'sent_at: 2026-11-25T18:30:00+01:00' (with an offset or Z))"])
        #expect(summary(testFile("cases:\n  - {name: one, message: \(Self.message), expect: {}}\n"))
            == ["test.missing-key: missing key 'policy' in the test file (add 'policy: …')"])
    }
}
