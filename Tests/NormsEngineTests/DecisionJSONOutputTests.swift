import Foundation
import NormsEngine
import NormsPolicy
import NormsSource
import NormsYAML
import Testing

/// The decision written straight to bytes (`norms check --batch`) is byte for byte the decision
/// object `norms check --format json` prints compactly, on every example message.
@Suite("Decision JSON bytes")
struct DecisionJSONOutputTests {
    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every example message with the policy it is written for: the YAML files name theirs in a
    /// `# Policy:` comment; the two JSON files and the JSON-lines file are listed in examples/README.md.
    static func examples() throws -> [(name: String, policy: String, messages: [YAMLNode])] {
        let folder = root.appendingPathComponent("examples/messages")
        var examples: [(String, String, [YAMLNode])] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let source = try SourceFile.read(path: folder.appendingPathComponent(name).path)
            switch name {
            case "card-number-in-chat.json":
                examples.append((name, "policies/support.yaml", [try #require(try JSONReader().read(source))]))
            case "external-report-during-focus.json":
                examples.append((name, "policies/oncall.yaml", [try #require(try JSONReader().read(source))]))
            case "batch.jsonl":
                let lines = try (1...source.lineCount).compactMap { number in
                    try source.line(number).flatMap { try JSONReader().read(SourceFile(path: name, text: $0)) }
                }
                examples.append((name, "policies/support.yaml", lines))
            default:
                let text = String(decoding: source.bytes, as: UTF8.self)
                guard let policy = text.split(separator: "\n").first(where: { $0.hasPrefix("# Policy: ") })?
                    .dropFirst("# Policy: ".count).split(separator: " ").first else { continue }
                examples.append((name, String(policy), [try #require(try YAMLLoader().loadDocument(source))]))
            }
        }
        return examples
    }

    /// Every example message's decision, with and without a trace, and the example's name; the
    /// number of decisions.
    static func forEachExampleDecision(_ body: (Decision, String) throws -> Void) throws -> Int {
        var evaluators: [String: Evaluator] = [:]
        var compared = 0
        for example in try examples() {
            let path = root.appendingPathComponent(example.policy).path
            let evaluator = try evaluators[example.policy] ?? Evaluator(policy: PolicyLoader().load(path: path))
            evaluators[example.policy] = evaluator
            for node in example.messages {
                for trace in [false, true] {
                    try body(try evaluator.evaluate(try MessageLoader().message(from: node), trace: trace), example.name)
                    compared += 1
                }
            }
        }
        return compared
    }

    @Test func everyExampleMessageWithAndWithoutATrace() throws {
        // Ten YAML messages, two JSON ones and batch.jsonl, at the time of writing.
        #expect(try Self.examples().count >= 13)
        let compared = try Self.forEachExampleDecision { decision, name in
            var output = JSONOutput()
            decision.appendJSON(to: &output)
            #expect(String(decoding: output.bytes, as: UTF8.self) == decision.json.compact, "\(name)")
        }
        // 10 + 2 + 5 messages (batch.jsonl has five lines), each with and without a trace.
        #expect(compared >= 34)
    }

    @Test("the pretty bytes are what norms check --format json printed through the tree, on every example message")
    func everyExampleMessagePretty() throws {
        let compared = try Self.forEachExampleDecision { decision, name in
            var output = JSONOutput()
            decision.appendPrettyJSON(to: &output)
            let pretty = String(decoding: output.bytes, as: UTF8.self)
            #expect(pretty == decision.json.versioned(Decision.jsonVersion).pretty, "\(name)")
            #expect(pretty.hasPrefix("{\n  \"policy\": "), "\(name)")
            #expect(pretty.hasSuffix(",\n  \"version\": 1\n}"), "\(name)")
        }
        #expect(compared >= 34)
    }

    @Test func aDecisionWithEveryKindOfValue() throws {
        // Not allowed (a violation with a suggestion and a rule source), a note, an escalation with
        // and without a backup, and text that needs escaping.
        let decision = Decision(
            policy: "Quote \" backslash \\ tab \t newline \n bell \u{7} é", level: "urgent", levelBy: "raise \"it\"",
            needsImmediateReply: true,
            allowed: false,
            violations: [Violation(rule: "r1", severity: .error, message: "no \"phone\"", suggest: "chat",
                                   source: SourceSpan(file: "p.yaml", at: SourcePosition(line: 3, column: 5, offset: 40)),
                                   isEnforced: true),
                         Violation(rule: "r2", severity: .info, message: "m", suggest: nil, source: .synthetic("default"),
                                   isEnforced: false)],
            recipients: [],
            trace: [RuleTrace(recipient: nil, rule: "r1", held: true, failure: nil, source: .synthetic("p.yaml")),
                     RuleTrace(recipient: "bob", rule: "r2", held: false,
                               failure: ConditionFailure(key: .kind, expected: ["x", "z\n"], actual: "y", position: .synthetic("p.yaml")),
                               source: .synthetic("p.yaml"))])
        var output = JSONOutput()
        decision.appendJSON(to: &output)
        #expect(String(decoding: output.bytes, as: UTF8.self) == decision.json.compact)
    }

    @Test(arguments: RecipientState.allCases)
    func aRecipientInEveryStateWithEveryNotification(state: RecipientState) throws {
        let stamp = Timestamp(instant: 1_764_000_000, offset: -8 * 3600)
        let recipients = Notify.allCases.map { notify in
            RecipientDecision(
                id: "ana", timezone: "America/Los_Angeles", localTime: stamp, state: state, replyWithin: .businessHours(4),
                deadline: stamp, notify: notify, notifyAt: notify == .none ? nil : stamp, escalation: nil, rules: ["r1", "r2"],
                decidedBy: DecidedBy(replyWithin: "r1", notify: "channel.chat", escalation: nil))
        }
        let decision = Decision(policy: "p", level: "normal", levelBy: "default_level", needsImmediateReply: false, allowed: true,
                                violations: [], recipients: recipients)
        var output = JSONOutput()
        decision.appendJSON(to: &output)
        #expect(String(decoding: output.bytes, as: UTF8.self) == decision.json.compact)
    }
}
