import NormsEngine
import NormsPolicy
import NormsSource

extension CaseChecker {
    /// The mismatch between one expected field and the decision's value, or `nil` when they match.
    static func mismatch(_ expected: ExpectedField, _ actual: Actual) -> FieldMismatch? {
        let field = expected.field.description
        func report(_ want: JSONValue, _ got: JSONValue) -> FieldMismatch {
            FieldMismatch(field: field, expected: want, actual: got, span: expected.span)
        }
        switch (expected.value, actual) {
        case (.text(let want), .text(let got)):
            return want == got ? nil : report(.string(want), .string(got))
        case (.bool(let want), .bool(let got)):
            return want == got ? nil : report(.bool(want), .bool(got))
        case (.ids(let want), .ids(let got)):
            return Set(want) == Set(got) ? nil : report(.array(want.map(JSONValue.string)), .array(got.map(JSONValue.string)))
        case (.duration(let want), .duration(let got)):
            return want == got ? nil : report(.string(want.description), .string(got.description))
        case (.instant(let want), .instant(let got)):
            return want?.instant == got?.instant ? nil : report(json(want), json(got, as: want))
        case (.escalation(let want), .escalation(let got)):
            return compareEscalation(want, got).map { report($0.0, $0.1) }
        default:
            return report("a comparable value", "a value of another type")
        }
    }

    /// `nil` when the escalation matches; else the expected and actual values, showing only the
    /// parts the expectation names.
    private static func compareEscalation(_ want: EscalationExpectation?, _ got: EscalationDecision?) -> (JSONValue, JSONValue)? {
        guard let want else { return got.map { (.null, json($0)) } }
        guard let got else { return (json(want), .null) }
        var matches = true
        var expected: [(String, JSONValue)] = []
        var actual: [(String, JSONValue)] = []
        if let at = want.at {
            matches = matches && at.instant == got.at.instant
            expected.append(("at", json(at)))
            actual.append(("at", json(got.at, as: at)))
        }
        if let via = want.via {
            matches = matches && via == got.via
            expected.append(("via", .string(via)))
            actual.append(("via", .string(got.via)))
        }
        if let to = want.to {
            matches = matches && to == got.to
            expected.append(("to", .optional(to)))
            actual.append(("to", .optional(got.to)))
        }
        return matches ? nil : (.object(expected), .object(actual))
    }

    private static func json(_ want: EscalationExpectation) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if let at = want.at { members.append(("at", json(at))) }
        if let via = want.via { members.append(("via", .string(via))) }
        if let to = want.to { members.append(("to", .optional(to))) }
        return .object(members)
    }

    private static func json(_ got: EscalationDecision) -> JSONValue { got.json }

    /// A timestamp as written; with `reference` in another offset, the same instant in that offset
    /// follows in brackets, so the two sides read alike.
    private static func json(_ timestamp: Timestamp?, as reference: Timestamp? = nil) -> JSONValue {
        guard let timestamp else { return .null }
        guard let reference, reference.offset != timestamp.offset else { return .string(timestamp.description) }
        let converted = Timestamp(instant: timestamp.instant, offset: reference.offset)
        return .string("\(timestamp) (= \(converted))")
    }
}
