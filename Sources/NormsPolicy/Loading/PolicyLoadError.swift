import NormsSource

/// A policy that could not be loaded: every problem found in it and its bases, sorted by file
/// (bases first, in load order) and position.
public struct PolicyLoadError: DiagnosticError, Sendable {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
