import NormsSource

/// JSON text that ``JSONReader`` cannot turn into a node tree, with the position of the problem.
public struct JSONError: DiagnosticError, Sendable, Equatable {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        /// The text is not JSON: what was expected there, and what was found instead.
        case syntax(expected: String, found: String)
        /// A string, escape or number that is malformed; the sentence says how, the help how to fix it.
        case malformed(String, help: String)
        /// A byte JSON text never holds: NUL, invalid UTF-8, a control character outside a string.
        case encoding(String)
        /// An object names the same key twice; `first` is where it was first named.
        case duplicateKey(key: String, first: SourceSpan)
        /// Arrays and objects nested deeper than the limit.
        case tooDeep(limit: Int)
    }

    /// What went wrong.
    public var kind: Kind
    /// Where: the offending byte, or the whole offending key.
    public var span: SourceSpan

    /// An error of the given kind at the given place.
    public init(_ kind: Kind, at span: SourceSpan) {
        self.kind = kind
        self.span = span
    }

    /// The error's one diagnostic, as ``DiagnosticError`` asks.
    public var diagnostics: [Diagnostic] { [diagnostic] }

    /// The error as one positioned diagnostic.
    public var diagnostic: Diagnostic {
        switch kind {
        case .syntax(let expected, let found):
            return Diagnostic(
                code: "json.syntax", message: "invalid JSON: expected \(expected), found \(found)", span: span,
                help: "write the message as JSON: keys and strings in double quotes, no trailing commas, "
                    + "as {\"channel\": \"chat\", \"to\": [\"bob\"]}")
        case .malformed(let message, let help):
            return Diagnostic(code: "json.syntax", message: "invalid JSON: \(message)", span: span, help: help)
        case .encoding(let message):
            return Diagnostic(code: "json.encoding", message: message, span: span,
                              help: "send UTF-8 text; write a control character inside a string as an escape such as \\u0007")
        case .duplicateKey(let key, let first):
            return Diagnostic(code: "json.duplicate-key", message: "duplicate key '\(key)'", span: span,
                              notes: [.init("'\(key)' is first defined here", at: first)],
                              help: "remove one of the two entries: a message names each field once")
        case .tooDeep(let limit):
            return Diagnostic(code: "json.too-deep", message: "arrays and objects nested deeper than \(limit) levels", span: span,
                              help: "flatten the value; a message never needs this much nesting")
        }
    }
}
