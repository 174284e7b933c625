import NormsSource
import NormsYAML

extension PolicyDiagnosticCode: NodeReadingCode {}

extension NodeReader {
    /// A reader whose problems get the policy codes (`policy.wrong-type`, ...).
    init(log: DiagnosticLog) {
        self.init(log: log, codes: PolicyDiagnosticCode.self)
    }

    /// Reads a string scalar and parses it with a grammar, reporting the grammar's own diagnostic.
    func parse<Value>(
        _ field: Field, expected: String, _ parser: (String) throws(GrammarError) -> Value
    ) -> Located<Value>? {
        guard let text = string(field, expected: expected) else { return nil }
        do {
            return Located(try parser(text.value), at: text.span)
        } catch {
            log.error(error, at: text.span)
            return nil
        }
    }
}

extension NodeReader {
    /// Reads one value of a closed set of names, as ``NodeReader/choice(_:_:)`` does: a value of
    /// the set is read here, where its type is known, and only a wrong one goes to that generic
    /// reader to be reported, since a generic call into another module costs more than the read.
    func choice<Value: RawRepresentable & CaseIterable>(_ field: Field, of type: Value.Type) -> Located<Value>?
    where Value.RawValue == String {
        if let text = field.node.stringValue, let value = Value(rawValue: text) { return Located(value, at: field.span) }
        return choice(field, type)
    }

    /// Reads one value or a list of values of a closed set of names; a wrong value is reported
    /// and skipped.
    func choices<Value: RawRepresentable & CaseIterable>(_ field: Field, of type: Value.Type) -> [Located<Value>]
    where Value.RawValue == String {
        guard let items = field.node.sequence else { return choice(field, of: type).map { [$0] } ?? [] }
        var values: [Located<Value>] = []
        values.reserveCapacity(items.count)
        // By index, so that no item is copied. An item's span is its own (items have no key), so
        // it is read without a field unless it is wrong.
        for index in items.indices {
            if let text = items[index].stringValue, let value = Value(rawValue: text) {
                values.append(Located(value, at: items[index].span))
            } else {
                _ = choice(field.item(items[index]), type)
            }
        }
        return values
    }
}

extension Field {
    /// A value of a policy, named by `path`.
    init(node: YAMLNode, path: String, key: YAMLNode? = nil) {
        self.init(node: node, path: path, key: key, document: "the policy")
    }
}

extension DiagnosticLog {
    /// Reports an error-severity diagnostic with a policy code.
    /// - Parameter replacement: the text that fixes the problem by replacing the bytes of `span`,
    ///   when there is exactly one such fix.
    func error(
        _ code: PolicyDiagnosticCode, _ message: String, at span: SourceSpan?,
        help: String? = nil, notes: [Diagnostic.Note] = [], replacement: String? = nil
    ) {
        error(code: code.rawValue, message, at: span, help: help, notes: notes, replacement: replacement)
    }

    /// Reports a value that does not fit its grammar, at the value's span.
    func error(_ grammarError: GrammarError, at span: SourceSpan) {
        report(Diagnostic(code: grammarError.code, message: grammarError.message, span: span, help: grammarError.help))
    }
}
