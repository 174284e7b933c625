import NormsSource

/// Collects the diagnostics of one load, so readers can keep going after a problem.
///
/// One log belongs to one load on one thread; it is a class only so that every reader of the
/// load appends to the same list.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func report(_ diagnostics: [Diagnostic]) {
        self.diagnostics.append(contentsOf: diagnostics)
    }

    /// Reports an error-severity diagnostic.
    /// - Parameter replacement: the text that fixes the problem by replacing the bytes of `span`,
    ///   when there is exactly one such fix.
    func error(
        _ code: PolicyDiagnosticCode, _ message: String, at span: SourceSpan?,
        help: String? = nil, notes: [Diagnostic.Note] = [], replacement: String? = nil
    ) {
        var diagnostic = Diagnostic(code: code.rawValue, severity: .error, message: message, span: span, notes: notes, help: help)
        if let replacement, let span { diagnostic.fix = Diagnostic.Replacement(span: span, text: replacement) }
        report(diagnostic)
    }

    /// Reports a value that does not fit its grammar, at the value's span.
    func error(_ grammarError: GrammarError, at span: SourceSpan) {
        report(Diagnostic(code: grammarError.code, message: grammarError.message, span: span, help: grammarError.help))
    }

    /// The diagnostics ordered by file (in `fileOrder`, other files after), then position.
    ///
    /// Diagnostics without a span come first; equal positions keep the order they were reported in.
    func sorted(fileOrder: [String]) -> [Diagnostic] {
        let rank = Dictionary(fileOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return diagnostics.enumerated().sorted { lhs, rhs in
            let left = Self.sortKey(lhs.element, index: lhs.offset, rank: rank)
            let right = Self.sortKey(rhs.element, index: rhs.offset, rank: rank)
            return left < right
        }.map(\.element)
    }

    private static func sortKey(_ diagnostic: Diagnostic, index: Int, rank: [String: Int]) -> (Int, String, Int, Int, Int) {
        guard let span = diagnostic.span else { return (-1, "", 0, 0, index) }
        return (rank[span.file] ?? Int.max, span.file, span.start.line, span.start.column, index)
    }
}
