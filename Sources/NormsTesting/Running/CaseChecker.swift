import NormsEngine
import NormsPolicy
import NormsSource

/// Evaluates a case's message and compares the decision with the case's expectation.
///
/// Comparison rules: names compare exactly; `violations` and `rules` compare as sets of ids
/// (order and repeats do not matter, but every id must be there and no other); `reply_within`
/// compares parsed durations (`60m` equals `1h`, `4bh` equals `4 business hours`); instants compare
/// as instants, whatever offset each is written in; an escalation compares only the parts named.
struct CaseChecker {
    let evaluator: Evaluator

    func run(_ testCase: TestCase) -> CaseResult {
        let outcome: Result<Decision, InputError>
        do {
            outcome = .success(try evaluator.evaluate(testCase.message))
        } catch {
            outcome = .failure(error)
        }
        switch (testCase.expectation, outcome) {
        case (.error(let expected), .failure(let error)):
            let mismatches = Self.matches(error, expected.value) ? [] : [
                FieldMismatch(field: "error", expected: Self.describe(expected.value), actual: Self.describe(error), span: expected.span),
            ]
            return CaseResult(testCase: testCase, mismatches: mismatches, decision: nil, error: error)
        case (.error(let expected), .success(let decision)):
            let mismatch = FieldMismatch(field: "error", expected: Self.describe(expected.value),
                                         actual: "no error: the message was evaluated", span: expected.span)
            return CaseResult(testCase: testCase, mismatches: [mismatch], decision: decision, error: nil)
        case (.decision, .failure(let error)):
            let mismatch = FieldMismatch(field: "error", expected: "no error", actual: Self.describe(error), span: testCase.message.span)
            return CaseResult(testCase: testCase, mismatches: [mismatch], decision: nil, error: error)
        case (.decision(let fields), .success(let decision)):
            return CaseResult(testCase: testCase, mismatches: compare(fields, with: decision), decision: decision, error: nil)
        }
    }

    // MARK: - Errors

    private static func matches(_ error: InputError, _ text: String?) -> Bool {
        guard let text else { return true }
        return error.diagnostics.contains { $0.code == text || $0.message.localizedCaseInsensitiveContains(text) }
    }

    private static func describe(_ expected: String?) -> JSONValue {
        expected.map { .string("an input error containing \(quoted: $0)") } ?? "an input error"
    }

    private static func describe(_ error: InputError) -> JSONValue {
        .string(error.diagnostics.map { diagnostic in
            diagnostic.message + (diagnostic.help.map { " (\($0))" } ?? "")
        }.joined(separator: "; "))
    }

    // MARK: - Decision fields

    private func compare(_ fields: [ExpectedField], with decision: Decision) -> [FieldMismatch] {
        var mismatches: [FieldMismatch] = []
        var reportedMissing: Set<String> = []
        for expected in fields {
            var actual: Actual
            switch expected.field {
            case .policy: actual = .text(decision.policy)
            case .level: actual = .text(decision.level)
            case .needsImmediateReply: actual = .bool(decision.needsImmediateReply)
            case .allowed: actual = .bool(decision.allowed)
            case .violations: actual = .ids(decision.violations.map(\.rule))
            case .rules: actual = .ids(Self.unique(decision.recipients.flatMap(\.rules)))
            case .recipient(let id, let field):
                guard let recipient = decision.recipients.first(where: { $0.id == id }) else {
                    if reportedMissing.insert(id).inserted {
                        mismatches.append(missingRecipient(id, in: decision, span: expected.span))
                    }
                    continue
                }
                guard let field else { continue }
                actual = Self.actual(field, of: recipient)
            }
            if let mismatch = Self.mismatch(expected, actual) { mismatches.append(mismatch) }
        }
        return mismatches
    }

    private func missingRecipient(_ id: String, in decision: Decision, span: SourceSpan) -> FieldMismatch {
        let ids = decision.recipients.map(\.id)
        var text = "not a recipient of the message (recipients: \(ids.joined(separator: ", ")))"
        if let suggestion = Suggestions.didYouMean(id, in: ids) { text += "; \(suggestion)" }
        return FieldMismatch(field: "recipients.\(id)", expected: "a recipient", actual: .string(text), span: span)
    }

    /// A decision value, typed like the expectation it is compared with.
    enum Actual {
        case text(String)
        case bool(Bool)
        case ids([String])
        case duration(PolicyDuration)
        case instant(Timestamp?)
        case escalation(EscalationDecision?)
    }

    static func actual(_ field: RecipientField, of recipient: RecipientDecision) -> Actual {
        switch field {
        case .timezone: .text(recipient.timezone)
        case .localTime: .instant(recipient.localTime)
        case .state: .text(recipient.state.rawValue)
        case .replyWithin: .duration(recipient.replyWithin)
        case .deadline: .instant(recipient.deadline)
        case .notify: .text(recipient.notify.rawValue)
        case .notifyAt: .instant(recipient.notifyAt)
        case .escalation: .escalation(recipient.escalation)
        case .rules: .ids(recipient.rules)
        }
    }

    private static func unique(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }
}
