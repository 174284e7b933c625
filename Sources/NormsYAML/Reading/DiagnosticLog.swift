import NormsSource

/// Collects the diagnostics of one read, so readers can keep going after a problem.
///
/// One log belongs to one read on one thread; it is a class only so that every reader of the
/// read appends to the same list.
package final class DiagnosticLog {
    package private(set) var diagnostics: [Diagnostic] = []

    package init() {}

    package func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    package func report(_ diagnostics: [Diagnostic]) {
        self.diagnostics.append(contentsOf: diagnostics)
    }

    /// Whether nothing has been reported.
    package var isEmpty: Bool { diagnostics.isEmpty }

    /// Reports an error-severity diagnostic.
    /// - Parameter replacement: the text that fixes the problem by replacing the bytes of `span`,
    ///   when there is exactly one such fix.
    package func error(
        _ code: some DiagnosticCode, _ message: String, at span: SourceSpan?,
        help: String? = nil, notes: [Diagnostic.Note] = [], replacement: String? = nil
    ) {
        error(code: code.rawValue, message, at: span, help: help, notes: notes, replacement: replacement)
    }

    /// Reports an error-severity diagnostic whose code is a string already (a grammar's, or
    /// the one ``NodeReader`` takes from its domain).
    package func error(
        code: String, _ message: String, at span: SourceSpan?,
        help: String? = nil, notes: [Diagnostic.Note] = [], replacement: String? = nil
    ) {
        var diagnostic = Diagnostic(code: code, severity: .error, message: message, span: span, notes: notes, help: help)
        if let replacement, let span { diagnostic.fix = Diagnostic.Replacement(span: span, text: replacement) }
        report(diagnostic)
    }

    /// The diagnostics in the order of their positions in one file; equal positions (and
    /// diagnostics without a span) keep the order they were reported in.
    package var inFileOrder: [Diagnostic] {
        sorted(fileOrder: [])
    }

    /// The diagnostics ordered by file (in `fileOrder`, other files after), then position.
    ///
    /// Diagnostics without a span come first; equal positions keep the order they were reported in.
    package func sorted(fileOrder: [String]) -> [Diagnostic] {
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
