import NormsEngine
import NormsSource

/// The outcome of one case: the decision (or the engine's rejection) and every field that did
/// not match.
public struct CaseResult: Sendable {
    public var testCase: TestCase
    /// The fields that did not match, in the order `expect` names them; empty when the case passed.
    public var mismatches: [FieldMismatch]
    /// The decision, when the engine accepted the message.
    public var decision: Decision?
    /// The engine's rejection, when it rejected the message.
    public var error: InputError?

    public init(testCase: TestCase, mismatches: [FieldMismatch], decision: Decision?, error: InputError?) {
        self.testCase = testCase
        self.mismatches = mismatches
        self.decision = decision
        self.error = error
    }

    public var passed: Bool { mismatches.isEmpty }

    /// The rules each recipient matched, in recipient order.
    public var matchedRules: [(recipient: String, rules: [String])] {
        decision?.recipients.map { ($0.id, $0.rules) } ?? []
    }
}

/// One field whose actual value differs from the expected one.
public struct FieldMismatch: Sendable, Equatable {
    /// The dotted field name: `level`, `recipients.bob.deadline`, `error`.
    public var field: String
    /// The expected value as written (durations in canonical form).
    public var expected: JSONValue
    /// The decision's value.
    public var actual: JSONValue
    /// Where the expected value is written, when it is.
    public var span: SourceSpan?

    public init(field: String, expected: JSONValue, actual: JSONValue, span: SourceSpan?) {
        self.field = field
        self.expected = expected
        self.actual = actual
        self.span = span
    }
}
