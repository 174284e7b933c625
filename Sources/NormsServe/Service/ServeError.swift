import NormsSource

/// A problem that keeps `norms serve` from starting: a missing path, two policies of one name, an
/// unreadable token file, an address that cannot be bound.
package struct ServeError: DiagnosticError, Sendable {
    package var diagnostics: [Diagnostic]

    package init(_ message: String, help: String? = nil, code: String = "serve.setup") {
        diagnostics = [Diagnostic(code: code, message: message, span: nil, help: help)]
    }
}
