import NormsSource

/// A message that cannot be evaluated: a malformed field, or a channel, person, level or kind
/// the policy does not know. The command line exits with status 2.
public struct InputError: DiagnosticError, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public init(code: String, message: String, span: SourceSpan?, help: String? = nil) {
        self.init([Diagnostic(code: code, message: message, span: span, help: help)])
    }

    /// An error with one diagnostic of a typed code.
    package init(_ code: some DiagnosticCode, message: String, span: SourceSpan?, help: String? = nil) {
        self.init([Diagnostic(code, message: message, span: span, help: help)])
    }
}
