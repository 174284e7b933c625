/// A diagnostic code of one domain (`policy.*`, `message.*`, `test.*`, ...) as a typed value:
/// each domain lists its codes in an enum whose raw values are the stable code strings, and code
/// compares and reports them by case, never by a string written again.
package protocol DiagnosticCode: RawRepresentable, Sendable, Hashable where RawValue == String {}

extension Diagnostic {
    /// A diagnostic with a typed code.
    package init(
        _ code: some DiagnosticCode, severity: Severity = .error, message: String, span: SourceSpan?,
        notes: [Note] = [], help: String? = nil
    ) {
        self.init(code: code.rawValue, severity: severity, message: message, span: span, notes: notes, help: help)
    }

    /// Whether the diagnostic has the code.
    package func has(_ code: some DiagnosticCode) -> Bool {
        self.code == code.rawValue
    }
}
