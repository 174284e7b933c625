import NormsEngine
import NormsPolicy
import NormsSource
import NormsYAML
import TeamNorms
import Testing

/// Step 1: unknown channels, recipients, levels and kinds are input errors naming the closest id;
/// an unknown sender is external; `sent_at` needs an offset.
@Suite("Input errors")
struct InputErrorTests {
    static func inputError(extra: String = "", _ message: String) throws -> InputError? {
        let evaluator = try Fixture.evaluator(EvalPolicy.yaml(extra: extra))
        let message = try Fixture.message(message)
        do {
            _ = try evaluator.evaluate(message)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        // message, code, help
        (EvalPolicy.message(channel: "chta"), "message.unknown-channel", "did you mean 'chat'?"),
        (EvalPolicy.message(to: ["bbo"]), "message.unknown-recipient", "did you mean 'bob'?"),
        (EvalPolicy.message(to: ["opps"]), "message.unknown-recipient", "did you mean 'ops'?"),
        (EvalPolicy.message("level: urgnet"), "message.unknown-level", "did you mean 'urgent'?"),
        (EvalPolicy.message("status: {alcie: focus}"), "message.unknown-recipient", "did you mean 'alice'?"),
    ])
    func unknownIDsNameTheClosestOne(_ message: String, _ code: String, _ help: String) throws {
        let error = try #require(try Self.inputError(message))
        #expect(error.diagnostics.map(\.code) == [code])
        #expect(error.diagnostics.first?.help == help)
    }

    @Test func kindsAreCheckedOnlyWhenThePolicyListsThem() throws {
        let error = try #require(try Self.inputError(extra: "kinds: [question, fyi]", EvalPolicy.message("kind: questoin")))
        #expect(error.diagnostics.map(\.code) == ["message.unknown-kind"])
        #expect(error.diagnostics.first?.help == "did you mean 'question'?")
        #expect(try Self.inputError(EvalPolicy.message("kind: anything-goes")) == nil)
    }

    @Test func everyProblemIsReported() throws {
        let error = try #require(try Self.inputError(EvalPolicy.message("level: urgnet", channel: "chta", to: ["bbo"])))
        #expect(Set(error.diagnostics.map(\.code)) == ["message.unknown-channel", "message.unknown-recipient", "message.unknown-level"])
    }

    @Test func anUnknownSenderIsExternalNotAnError() throws {
        #expect(try Self.inputError(EvalPolicy.message(from: "someone-outside")) == nil)
    }

    @Test(arguments: ["2026-11-24T12:00:00", "2026-11-24", "tomorrow"])
    func sentAtNeedsAnOffset(_ sentAt: String) throws {
        #expect {
            _ = try Fixture.message(EvalPolicy.message(at: sentAt))
        } throws: { error in
            (error as? InputError)?.diagnostics.map(\.code) == ["message.invalid-timestamp"]
        }
    }

    @Test func sentAtAsJSON() throws {
        // JSON is YAML: the same message as a JSON object.
        let json = #"{"channel": "chat", "from": "alice", "to": ["bob"], "sent_at": "2026-11-24T12:00:00+01:00"}"#
        let decision = try Fixture.decide(EvalPolicy.yaml(), json)
        #expect(try Fixture.recipient(decision).deadline?.description == "2026-11-24T16:00:00+01:00")  // 4 business hours
    }
}

@Suite struct MessageTextLimitTests {
    @Test func aBodyOverOneMebibyteIsAnInputErrorAtTheBody() throws {
        let body = String(repeating: "a", count: MessageLoader.maxTextBytes + 1)
        let text = "{channel: chat, from: a, to: [b], sent_at: 2026-11-30T10:00:00Z, body: \(body)}"
        let node = try #require(try YAMLLoader().loadDocument(SourceFile(path: "m.yaml", text: text)))
        do {
            _ = try MessageLoader().message(from: node)
            Issue.record("a body over the limit was accepted")
        } catch {
            #expect(error.diagnostics.map(\.code) == ["message.text-too-long"])
            #expect(error.diagnostics.first?.span?.start.column == 72)
        }
        let fits = "{channel: chat, from: a, to: [b], sent_at: 2026-11-30T10:00:00Z, body: \(body.dropLast())}"
        let fitting = try #require(try YAMLLoader().loadDocument(SourceFile(path: "m.yaml", text: fits)))
        #expect(try MessageLoader().message(from: fitting).body?.utf8.count == MessageLoader.maxTextBytes)
    }
}
