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
